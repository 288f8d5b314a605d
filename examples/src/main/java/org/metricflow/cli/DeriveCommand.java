package org.metricflow.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code metricflow derive}. */
@Command(name = "derive", mixinStandardHelpOptions = true, description = "Derive curvature, variations and flow equations symbolically (Symja).")
final class DeriveCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        throw new IllegalArgumentException("'derive' is not available in this build yet (issue 2)");
    }
}
