package org.metricflow.flows.grid;

import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Splits grid work over a fixed number of workers (contiguous chunks, run on the common fork-join pool). The
 * split depends only on the sizes, never on timing, so results are identical for any thread count.
 */
public final class Workers {

    private Workers() {
    }

    /** The default worker count: the available processors. */
    public static int defaultCount() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** Runs {@code body} for worker indices 0..workers−1, in parallel when workers > 1. */
    public static void run(int workers, IntConsumer body) {
        if (workers == 1) {
            body.accept(0);
        } else {
            IntStream.range(0, workers).parallel().forEach(body);
        }
    }

    /** First item of worker {@code w}'s chunk when {@code count} items are split over {@code workers}. */
    public static int from(int count, int workers, int w) {
        return (int) ((long) count * w / workers);
    }

    /** Validates a worker count. */
    public static int check(int workers) {
        if (workers < 1 || workers > 256) {
            throw new IllegalArgumentException("worker count must be in 1..256, got " + workers);
        }
        return workers;
    }
}
