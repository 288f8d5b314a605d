package org.metricflow.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code metricflow flow}. */
@Command(name = "flow", mixinStandardHelpOptions = true, description = "Run metric flows on tori and on the Fermat quintic.",
        subcommands = {FlowQuinticCommand.class})
final class FlowCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        throw new IllegalArgumentException("'flow' is not available in this build yet (issue 5)");
    }
}
