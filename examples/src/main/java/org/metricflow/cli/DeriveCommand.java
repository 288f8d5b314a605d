package org.metricflow.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code metricflow derive}: symbolic derivations (curvature, flows, variations); see the subcommands. */
@Command(name = "derive", mixinStandardHelpOptions = true,
        subcommands = {DeriveCurvatureCommand.class, DeriveKahlerCommand.class, DeriveFlowCommand.class,
                DeriveVariationCommand.class},
        description = {"Derive curvature, variations and flow equations symbolically (Symja).",
                "Subcommands: curvature, kahler, flow, variation."})
final class DeriveCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        throw new IllegalArgumentException("'derive' needs a subcommand: curvature, kahler, flow or variation");
    }
}
