package org.metricflow.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code metricflow ... kernel}. */
@Command(name = "kernel", mixinStandardHelpOptions = true, description = "Gaussian FS-distance kernel applied to a 9-component field vs NumPy.")
final class BenchKernelCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        throw new IllegalArgumentException("'kernel' is not available in this build yet (issue 3)");
    }
}
