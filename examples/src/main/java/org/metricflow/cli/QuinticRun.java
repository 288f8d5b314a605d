package org.metricflow.cli;

import java.nio.file.Path;
import java.util.function.Consumer;
import me.tongfei.progressbar.ProgressBar;
import org.metricflow.flows.quintic.QuinticCheckpoint;
import org.metricflow.flows.quintic.QuinticFlowResult;
import org.metricflow.flows.quintic.QuinticKernelFlow;
import org.metricflow.flows.quintic.StepRecord;
import org.metricflow.numeric.metric.MonteCarloEstimate;

/**
 * Runs a quintic kernel flow to a total number of steps: optionally resumed from a checkpoint, writing one every
 * {@code every} steps and at the end, with a progress bar. Gains are relative to the initial (Fubini–Study) metric
 * also after a resume; the history holds the steps of this invocation only.
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
    static Outcome run(QuinticKernelFlow flow, int steps, int threads, Path checkpoint, int every, Path resume,
                       ProgressBar bar) {
        if (every < 1) {
            throw new IllegalArgumentException("--checkpoint-every must be >= 1, got " + every);
        }
        MonteCarloEstimate train0 = flow.sigmaTrain().sigma();
        MonteCarloEstimate test0 = flow.sigmaTest().sigma();
        int done = resume == null ? 0 : QuinticCheckpoint.resume(flow, threads, resume);
        if (done > steps) {
            throw new IllegalArgumentException("--steps must be >= the " + done + " steps already done in checkpoint "
                    + resume + ", got " + steps);
        }
        Path file = checkpoint != null ? checkpoint : resume;
        if (bar != null) {
            bar.stepTo(done);
        }
        Consumer<StepRecord> listener = r -> {
            if (bar != null) {
                bar.stepTo(r.step());
            }
            if (file != null && r.step() % every == 0) {
                QuinticCheckpoint.write(flow, threads, file);
            }
        };
        QuinticFlowResult r = flow.run(steps - done, listener);
        if (file != null && r.state().step() % every != 0) {
            QuinticCheckpoint.write(flow, threads, file);
        }
        return new Outcome(new QuinticFlowResult(train0, r.sigmaTrainAfter(), test0, r.sigmaTestAfter(), r.history(),
                r.stopReason(), r.chart(), r.worstCondition(), r.clippedTotal(), r.state()), done, file);
    }

    /** A run's result, the step it resumed from (0 for a fresh run) and the checkpoint file written (or null). */
    record Outcome(QuinticFlowResult result, int resumedFrom, Path checkpoint) {
    }
}
