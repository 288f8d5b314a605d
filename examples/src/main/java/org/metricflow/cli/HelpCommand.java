package org.metricflow.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code metricflow help [COMMAND...]}: the help of any subcommand at any depth ({@code help flow quintic}), or of the
 * tool itself. Picocli's own help command only looks one level down.
 */
@Command(name = "help", helpCommand = true, description = "Print the help of a subcommand, e.g. 'help flow quintic'.")
final class HelpCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "COMMAND", arity = "0..*", description = "The subcommand, e.g. flow quintic.")
    List<String> path = List.of();

    @Override
    public Integer call() {
        CommandLine target = spec.commandLine().getParent();
        for (String name : path) {
            CommandLine sub = target.getSubcommands().get(name);
            if (sub == null) {
                throw new IllegalArgumentException("no subcommand '" + name + "' in '"
                        + target.getCommandSpec().qualifiedName(" ") + "'; it has " + target.getSubcommands().keySet());
            }
            target = sub;
        }
        target.usage(spec.commandLine().getOut());
        return 0;
    }
}
