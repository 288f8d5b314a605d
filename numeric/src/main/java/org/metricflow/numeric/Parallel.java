package org.metricflow.numeric;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Runs independent chunks of work on a bounded number of threads. Each chunk must write only its own part of the
 * output, so the result does not depend on the number of threads or on scheduling.
 */
public final class Parallel {

    private Parallel() {
    }

    /** The default number of worker threads: the number of available processors. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * Calls {@code body.accept(c)} for every chunk {@code c} in {@code [0, chunks)}, on at most {@code threads} threads.
     *
     * @throws IllegalArgumentException when {@code threads < 1} or {@code chunks < 0}
     */
    public static void forEachChunk(int chunks, int threads, IntConsumer body) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        if (chunks < 0) {
            throw new IllegalArgumentException("chunks must be >= 0, got " + chunks);
        }
        if (threads == 1 || chunks <= 1) {
            for (int c = 0; c < chunks; c++) {
                body.accept(c);
            }
            return;
        }
        ForkJoinPool pool = new ForkJoinPool(Math.min(threads, chunks));
        try {
            pool.submit(() -> IntStream.range(0, chunks).parallel().forEach(body)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdown();
        }
    }
}
