package org.metricflow.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/** Progress bars of long commands: on standard error, only on a terminal and never under {@code --json}. */
final class Progress {

    private Progress() {
    }

    /**
     * Says on standard error what a silent phase is doing (e.g. compiling generated code before a flow's bar
     * appears); only on a terminal and never under {@code --json}, like the bars.
     */
    static void note(CommonOptions common, String message) {
        if (System.console() != null && !common.json()) {
            System.err.println(message);
        }
    }

    /** A bar from 0 to {@code max}, or null when there is no terminal or JSON output was requested. */
    static ProgressBar bar(CommonOptions common, String task, long max) {
        if (System.console() == null || common.json()) {
            return null;
        }
        return new ProgressBarBuilder().setTaskName(task).setInitialMax(max)
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).clearDisplayOnFinish().build();
    }
}
