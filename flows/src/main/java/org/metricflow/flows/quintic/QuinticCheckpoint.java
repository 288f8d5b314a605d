package org.metricflow.flows.quintic;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import org.metricflow.flows.time.Checkpoint;

/**
 * Checkpoints of a {@link QuinticKernelFlow} in the flows' {@link Checkpoint} format (atomic write: temporary sibling,
 * then ATOMIC_MOVE; CRC-checked): the state vector is the training metrics followed by the test metrics (9 reals per
 * point), time and steps are the completed step count, and the fingerprint names everything the next steps depend on —
 * options, kernel storage and clusters, thread count (matrix-free sums are ordered per thread), chart, and hashes of
 * the training and test points. A resumed run continues bit for bit as the uninterrupted run would have.
 */
public final class QuinticCheckpoint {

    private QuinticCheckpoint() {
    }

    /** The configuration a checkpoint of {@code flow} run on {@code threads} threads belongs to. */
    public static String fingerprint(QuinticKernelFlow flow, int threads) {
        FlowOperators ops = flow.operators();
        return "quintic-kernel-flow v1; " + flow.options() + "; storage=" + ops.storage() + ", clusters="
                + ops.clusters() + ", threads=" + threads + "; chart=" + flow.chart().chart() + "; train="
                + flow.trainingSample().size() + "#" + Integer.toHexString(Arrays.hashCode(flow.trainingSample()
                .points())) + ", test=" + flow.testSample().size() + "#"
                + Integer.toHexString(Arrays.hashCode(flow.testSample().points()));
    }

    /** Writes the current state of {@code flow} to {@code file} atomically. */
    public static void write(QuinticKernelFlow flow, int threads, Path file) {
        FlowState s = flow.state();
        double[] train = s.train();
        double[] test = s.test();
        double[] all = Arrays.copyOf(train, train.length + test.length);
        System.arraycopy(test, 0, all, train.length, test.length);
        new Checkpoint(fingerprint(flow, threads), s.step(), s.step(), all).write(file);
    }

    /**
     * Restores {@code flow} from {@code file}; returns the number of completed steps.
     *
     * @throws IllegalArgumentException when the file is missing or corrupt, or was written by another configuration
     */
    public static int resume(QuinticKernelFlow flow, int threads, Path file) {
        Objects.requireNonNull(file, "file");
        Checkpoint c = Checkpoint.read(file);
        String expected = fingerprint(flow, threads);
        if (!c.fingerprint().equals(expected)) {
            throw new IllegalArgumentException("checkpoint " + file + " was written by a different configuration: it "
                    + "has [" + c.fingerprint() + "], this run is [" + expected + "]");
        }
        double[] all = c.state();
        int n = flow.state().train().length;
        flow.restore(new FlowState((int) c.steps(), Arrays.copyOf(all, n), Arrays.copyOfRange(all, n, all.length)));
        return (int) c.steps();
    }
}
