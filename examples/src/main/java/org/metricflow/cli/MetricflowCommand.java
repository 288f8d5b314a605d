package org.metricflow.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code metricflow} tool. */
@Command(name = "metricflow", mixinStandardHelpOptions = true, version = "metricflow 0.1.0",
        description = "Metric flows induced by neural networks: derive flow equations symbolically, build kernels, "
                + "sample Calabi-Yau point clouds, run metric flows, and verify the paper's claims.",
        subcommands = {VerifyCommand.class, DeriveCommand.class, SampleCommand.class, KernelCommand.class,
                FlowCommand.class, CyCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class MetricflowCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Builds the configured command line (also used by tests). */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new MetricflowCommand());
        cl.setExecutionExceptionHandler(new ErrorHandler());
        cl.setParameterExceptionHandler(ErrorHandler::handleParameterException);
        return cl;
    }

    /** Runs the tool and exits with its status: 0 success, 1 failed checks or internal error, 2 bad input. */
    public static void main(String[] args) {
        CommandLine cl = commandLine();
        cl.setOut(new PrintWriter(System.out, true));
        System.exit(cl.execute(args));
    }
}
