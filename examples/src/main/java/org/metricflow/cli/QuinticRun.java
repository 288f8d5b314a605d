package org.metricflow.cli;

import java.nio.file.Path;
import java.util.Optional;
import me.tongfei.progressbar.ProgressBar;
import org.metricflow.flows.quintic.QuinticFlowResult;
import org.metricflow.flows.quintic.QuinticKernelFlow;
import org.metricflow.flows.time.Checkpoint;
import org.metricflow.flows.time.GuardOptions;
import org.metricflow.flows.time.StepOptions;

/**
 * The CLI side of a quintic kernel flow run: the options of the flow runner (total steps of size lr, checkpoint file
 * and interval, the checkpoint to resume from) and a progress bar. The schedule itself is the runner's.
 */
final class QuinticRun {

    private QuinticRun() {
    }

    /**
     * @param steps      total steps (a resumed run does the remaining ones)
     * @param checkpoint file to write, or null (then the resume file, if any)
     * @param every      checkpoint interval in steps, ≥ 1
     * @param resume     checkpoint to continue from, or null
     * @param bar        progress bar, or null
     * @return the result, and the step the run was resumed from
     */
    static Outcome run(QuinticKernelFlow flow, int steps, Path checkpoint, int every, Path resume, ProgressBar bar) {
        Path file = checkpoint != null ? checkpoint : resume;
        StepOptions options = new StepOptions(flow.options().learningRate(), 1, steps, every, Optional.ofNullable(file),
                GuardOptions.POSITIVE_DEFINITE);
        Checkpoint from = resume == null ? null : Checkpoint.read(resume);
        int done = from == null ? 0 : (int) from.steps();
        if (bar != null) {
            bar.stepTo(done);
        }
        QuinticFlowResult r = flow.run(options, from, bar == null ? null : s -> bar.stepTo(s.step()));
        return new Outcome(r, done, file);
    }

    /** A run's result, the step it resumed from (0 for a fresh run) and the checkpoint file written (or null). */
    record Outcome(QuinticFlowResult result, int resumedFrom, Path checkpoint) {
    }
}
