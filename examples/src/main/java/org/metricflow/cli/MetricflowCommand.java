package org.metricflow.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code metricflow} tool. */
@Command(name = "metricflow", mixinStandardHelpOptions = true, version = "metricflow 0.1.0",
        description = "Metric flows induced by neural networks: derive flow equations symbolically, build kernels, "
                + "sample Calabi-Yau point clouds, run metric flows, and verify the paper's claims.",
        subcommands = {VerifyCommand.class, DeriveCommand.class, SampleCommand.class, KernelCommand.class,
                FlowCommand.class, CyCommand.class, BenchCommand.class, HelpCommand.class})
public final class MetricflowCommand implements java.util.concurrent.Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** A bare {@code metricflow}: the usage on standard error, exit 2 (a command is required). */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ErrorHandler.BAD_INPUT;
    }

    /** Builds the configured command line (also used by tests). */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new MetricflowCommand());
        showDefaults(cl);
        FlowCatalogueHelp.install(cl);
        cl.setExecutionExceptionHandler(new ErrorHandler());
        cl.setParameterExceptionHandler(ErrorHandler::handleParameterException);
        return cl;
    }

    /** Every subcommand's help shows the default value of each option that has one. */
    private static void showDefaults(CommandLine cl) {
        cl.getCommandSpec().usageMessage().showDefaultValues(true);
        cl.getSubcommands().values().forEach(MetricflowCommand::showDefaults);
    }

    /** Runs the tool and exits with its status: 0 success, 1 failed checks or internal error, 2 bad input. */
    public static void main(String[] args) {
        CommandLine cl = commandLine();
        cl.setOut(new PrintWriter(System.out, true));
        System.exit(cl.execute(args));
    }
}
