package org.metricflow.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code metricflow derive}: symbolic curvature, Kähler geometry, variations and the paper's flows. */
@Command(name = "derive", mixinStandardHelpOptions = true,
        description = "Derive curvature, Kahler geometry, variations and flow equations symbolically (Symja).",
        subcommands = {DeriveCurvatureCommand.class, DeriveKahlerCommand.class, DeriveFlowCommand.class,
                DeriveVariationCommand.class})
final class DeriveCommand implements Runnable {

    @Mixin
    CommonOptions common;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
