package org.metricflow.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code metricflow ... flow}. */
@Command(name = "flow", mixinStandardHelpOptions = true, description = "3D Ricci flow grid-point updates per second vs NumPy; quintic kernel-flow steps.")
final class BenchFlowCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        throw new IllegalArgumentException("'flow' is not available in this build yet (issue 5)");
    }
}
