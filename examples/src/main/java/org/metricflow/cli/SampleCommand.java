package org.metricflow.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code metricflow sample}. */
@Command(name = "sample", mixinStandardHelpOptions = true, description = "Sample Calabi-Yau point clouds (Fermat quintic, cubic, quartic, Dwork family).")
final class SampleCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        throw new IllegalArgumentException("'sample' is not available in this build yet (issue 4)");
    }
}
