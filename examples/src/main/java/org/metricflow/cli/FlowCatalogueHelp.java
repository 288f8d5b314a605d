package org.metricflow.cli;

import java.util.ArrayList;
import java.util.List;
import org.metricflow.symbolic.functionals.NamedFlow;
import picocli.CommandLine;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * Appends the one catalogue of flows ({@link NamedFlow#help()}) to the help of {@code flow} and {@code derive flow},
 * which accept the same names.
 */
final class FlowCatalogueHelp {

    private FlowCatalogueHelp() {
    }

    /** Adds the catalogue to both commands' descriptions under the root command line {@code root}. */
    static void install(CommandLine root) {
        append(root.getSubcommands().get("flow").getCommandSpec().usageMessage());
        append(root.getSubcommands().get("derive").getSubcommands().get("flow").getCommandSpec().usageMessage());
    }

    private static void append(UsageMessageSpec usage) {
        List<String> lines = new ArrayList<>(List.of(usage.description()));
        lines.add("Flows of the catalogue (the same for 'flow' and 'derive flow'):");
        NamedFlow.help().forEach(line -> lines.add("  " + line.replace("%", "%%")));
        usage.description(lines.toArray(String[]::new));
    }
}
