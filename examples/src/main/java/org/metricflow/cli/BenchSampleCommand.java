package org.metricflow.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code metricflow ... sample}. */
@Command(name = "sample", mixinStandardHelpOptions = true, description = "Quintic sampling, FS pullback + det + sigma, nearest neighbours vs NumPy.")
final class BenchSampleCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        throw new IllegalArgumentException("'sample' is not available in this build yet (issue 4)");
    }
}
