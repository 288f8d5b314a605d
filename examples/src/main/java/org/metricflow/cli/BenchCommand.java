package org.metricflow.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code metricflow bench}. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks against the Python peers; prints a table.")
final class BenchCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        throw new IllegalArgumentException("'bench' is not available in this build yet (issue 2)");
    }
}
