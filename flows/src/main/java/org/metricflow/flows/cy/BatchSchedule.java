package org.metricflow.flows.cy;

import java.util.Arrays;
import org.hipparchus.random.Well19937c;
import org.hipparchus.util.MathArrays;

/**
 * The mini-batches of the potential flows: Adam step s (0-based) takes batch s mod b of epoch ⌊s/b⌋, b = ⌈N/batch⌉,
 * from the training points shuffled with seed + epoch ({@link Well19937c}); each batch is sorted to keep the sample's
 * line order. A function of s alone, so a resumed run takes the same batches. Not thread-safe (caches one epoch's
 * order).
 */
final class BatchSchedule {

    private final int points;
    private final int batch;
    private final long seed;
    private int orderEpoch = -1;
    private int[] order;

    BatchSchedule(int points, int batch, long seed) {
        this.points = points;
        this.batch = batch;
        this.seed = seed;
    }

    /** Batches (Adam steps) per epoch. */
    int batches() {
        return (points + batch - 1) / batch;
    }

    /** The epoch of step s. */
    int epoch(long step) {
        return (int) (step / batches());
    }

    /** The training points of step s, ascending. */
    int[] indices(long step) {
        int epoch = epoch(step);
        if (epoch != orderEpoch) {
            order = MathArrays.natural(points);
            MathArrays.shuffle(order, new Well19937c(seed + epoch));
            orderEpoch = epoch;
        }
        int from = (int) (step % batches()) * batch;
        int[] idx = Arrays.copyOfRange(order, from, Math.min(points, from + batch));
        Arrays.sort(idx);
        return idx;
    }
}
