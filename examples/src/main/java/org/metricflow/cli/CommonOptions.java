package org.metricflow.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Options every subcommand carries: {@code --json} and {@code --debug}. */
public final class CommonOptions {

    @Option(names = "--json", description = "Print machine-readable JSON on standard output instead of text.")
    boolean json;

    @Option(names = "--debug", description = "Print the stack trace of an error (for bug reports).")
    boolean debug;

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    /** Standard output of the command (picocli's writer, so tests can capture it). */
    public PrintWriter out() {
        return mixee.commandLine().getOut();
    }

    /**
     * Reports a run stopped by a guard (positivity, a linear solve that did not converge): one line on standard error
     * naming the command and the reason; the caller has already printed the last good state.
     *
     * @return the exit code of a stopped run, 1
     */
    public int stopped(String reason) {
        PrintWriter err = mixee.commandLine().getErr();
        err.println("metricflow " + mixee.qualifiedName(" ").replaceFirst("^metricflow ", "") + ": stopped: "
                + reason.replaceAll("\\s*\\R\\s*", " "));
        err.flush();
        return ErrorHandler.FAILURE;
    }

    /** Whether JSON output was requested. */
    public boolean json() {
        return json;
    }
}
