package org.metricflow.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code metricflow bench}. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks against the Python peers; prints a table.",
        subcommands = {BenchSymbolicCommand.class, BenchKernelCommand.class, BenchSampleCommand.class,
                BenchFlowCommand.class})
final class BenchCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        common.out().println(spec.commandLine().getUsageMessage());
        return 0;
    }
}
