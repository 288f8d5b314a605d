package org.metricflow.flows.cy;

import java.nio.file.Path;
import org.metricflow.flows.StepFlow;
import org.metricflow.flows.time.Checkpoint;
import org.metricflow.flows.time.FlowResult;
import org.metricflow.flows.time.FlowRunner;
import org.metricflow.flows.time.FlowStatus;
import org.metricflow.flows.time.StepOptions;

/**
 * How the potential flows run on the one runtime: epochs × batches Adam steps of size h = the learning rate (halved
 * by the runner after a rejected step, for the rest of the run), a checkpoint after every epoch, epoch lines from
 * {@link EpochMeans}.
 */
final class EpochRun {

    private EpochRun() {
    }

    /**
     * Runs {@code flow} from {@code initial}, or continues {@code from} a checkpoint.
     *
     * @param checkpointFile where to write a checkpoint after every epoch, or null
     * @return the final state
     * @throws IllegalArgumentException when the checkpoint belongs to another run or holds more epochs
     * @throws IllegalStateException    when the guard stops the run
     */
    static double[] run(StepFlow flow, double[] initial, double learningRate, int epochs, int batches, Checkpoint from,
                        Path checkpointFile, EpochMeans means) {
        StepOptions steps = StepOptions.fixed(learningRate, (long) epochs * batches);
        if (checkpointFile != null) {
            steps = steps.withCheckpoints(checkpointFile, batches);
        }
        if (from != null && from.steps() > steps.maxSteps()) {
            throw new IllegalArgumentException("epochs must be >= the " + from.steps() / batches + " epochs done in "
                    + "the checkpoint, got " + epochs);
        }
        FlowRunner runner = new FlowRunner(steps).withObserver(means);
        FlowResult r = from == null ? runner.run(flow, initial, Double.POSITIVE_INFINITY)
                : runner.resume(flow, from, Double.POSITIVE_INFINITY);
        if (r.status() == FlowStatus.STOPPED) {
            throw new IllegalStateException("guard: " + r.stop().map(g -> g.message()).orElse("the run stopped")
                    + "; lower the learning rate");
        }
        return r.state();
    }
}
