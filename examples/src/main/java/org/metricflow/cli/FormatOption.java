package org.metricflow.cli;

import picocli.CommandLine.Option;

/** {@code --format text|latex|java} of the {@code derive} subcommands. */
public final class FormatOption {

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "Expression format: text (Symja input form), latex, or java (generated code). "
                    + "Default: ${DEFAULT-VALUE}.")
    String format;

    OutputFormat format() {
        try {
            return OutputFormat.valueOf(format.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--format must be text, latex or java, got '" + format + "'");
        }
    }
}
