package org.metricflow.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;

/**
 * Turns exceptions into the tool's exit codes: {@link IllegalArgumentException} and parameter errors are bad
 * input (exit 2, one line naming the offending value); anything else is an internal error (exit 1). A stack
 * trace is printed only with {@code --debug}.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {

    static final int BAD_INPUT = 2;
    static final int FAILURE = 1;

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        boolean debug = parsed.hasMatchedOption("--debug") || anySubcommandDebug(parsed);
        if (debug) {
            ex.printStackTrace(err);
        }
        boolean badInput = ex instanceof IllegalArgumentException || ex instanceof UncheckedIOException
                || ex instanceof java.io.IOException;
        err.println(prefix(cl) + ": " + (badInput ? "" : "internal error: ")
                + oneLine(ex));
        err.flush();
        return badInput ? BAD_INPUT : FAILURE;
    }

    private static boolean anySubcommandDebug(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }

    static int handleParameterException(CommandLine.ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println(prefix(cl) + ": " + oneLine(ex));
        err.println("Try '" + prefix(cl) + " --help' for usage.");
        err.flush();
        return BAD_INPUT;
    }

    /** "metricflow derive flow": the tool and the subcommand that failed, as typed. */
    private static String prefix(CommandLine cl) {
        String q = qualifiedName(cl);
        return q.isEmpty() ? "metricflow" : "metricflow " + q;
    }

    private static String qualifiedName(CommandLine cl) {
        String q = cl.getCommandSpec().qualifiedName(" ");
        return q.startsWith("metricflow ") ? q.substring("metricflow ".length()) : q.equals("metricflow") ? "" : q;
    }

    private static String oneLine(Throwable ex) {
        String m = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        return m.replace('\n', ' ').trim();
    }
}
