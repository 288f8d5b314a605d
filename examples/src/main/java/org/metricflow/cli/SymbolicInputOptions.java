package org.metricflow.cli;

import java.util.List;
import picocli.CommandLine.Option;

/** Options shared by the {@code derive} subcommands that read an expression: constant parameters and output format. */
final class SymbolicInputOptions {

    @Option(names = "--params", split = ",", paramLabel = "R,A",
            description = "Constant parameters in the input (e.g. a radius r).")
    List<String> params = List.of();

    @Option(names = "--format", paramLabel = "F", description = "text (Symja input form, default) or latex.")
    String format = "text";

    /** The output for the chosen format (java output is not offered by these subcommands). */
    DerivedOutput output() {
        return new DerivedOutput(DerivedOutput.Format.parse(format, false));
    }
}
