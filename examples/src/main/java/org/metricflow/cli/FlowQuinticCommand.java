package org.metricflow.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code metricflow ... quintic}. */
@Command(name = "quintic", mixinStandardHelpOptions = true, description = "Discrete kernel metric flow on the Fermat quintic (paper section 3).")
final class FlowQuinticCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        throw new IllegalArgumentException("'quintic' is not available in this build yet (issue 6)");
    }
}
