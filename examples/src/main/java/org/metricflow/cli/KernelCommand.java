package org.metricflow.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code metricflow kernel}. */
@Command(name = "kernel", mixinStandardHelpOptions = true, description = "Metric neural tangent kernels")
final class KernelCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        throw new IllegalArgumentException("'kernel' is not available in this build yet (issue  analytic constants, normalisation, empirical-vs-analytic errors.:3)");
    }
}
