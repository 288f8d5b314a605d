package org.metricflow.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code metricflow bench}: a group; every benchmark is a subcommand. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks against the project's Python peers (examples/peers); prints a table.",
        subcommands = {BenchSymbolicCommand.class, BenchKernelCommand.class, BenchSampleCommand.class,
                BenchFlowCommand.class})
final class BenchCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        throw new IllegalArgumentException("'bench' needs a subcommand: symbolic, kernel, sample or flow");
    }
}
