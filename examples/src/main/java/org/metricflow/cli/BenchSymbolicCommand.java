package org.metricflow.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code metricflow ... symbolic}. */
@Command(name = "symbolic", mixinStandardHelpOptions = true, description = "Symbolic derivations and generated code vs SymPy and Symja evaluation.")
final class BenchSymbolicCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        throw new IllegalArgumentException("'symbolic' is not available in this build yet (issue 2)");
    }
}
