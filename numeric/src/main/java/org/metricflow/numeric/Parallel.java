package org.metricflow.numeric;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Runs independent chunks of work on a bounded number of threads: the project's one thread-pool helper. Each chunk
 * must write only its own part of the output, so the result does not depend on the number of threads or on
 * scheduling. The calling thread takes part; helpers come from one shared pool of daemon threads. Nested calls are
 * safe: a caller waits only for helpers that have started, and those that have not are cancelled.
 */
public final class Parallel {

    /** Largest worker count accepted by {@link #check}. */
    public static final int MAX_WORKERS = 256;

    private static final ExecutorService POOL = Executors.newFixedThreadPool(defaultThreads(), r -> {
        Thread t = new Thread(r, "metricflow-worker");
        t.setDaemon(true);
        return t;
    });

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
        AtomicInteger next = new AtomicInteger();
        int helpers = Math.min(threads, chunks) - 1;
        AtomicBoolean[] started = new AtomicBoolean[helpers];
        List<Future<?>> futures = new ArrayList<>(helpers);
        for (int h = 0; h < helpers; h++) {
            AtomicBoolean claim = new AtomicBoolean();
            started[h] = claim;
            futures.add(POOL.submit(() -> {
                if (claim.compareAndSet(false, true)) {
                    drain(next, chunks, body);
                }
            }));
        }
        RuntimeException failure = null;
        try {
            drain(next, chunks, body);
        } catch (RuntimeException e) {
            failure = e;
        }
        for (int h = 0; h < helpers; h++) {
            if (started[h].compareAndSet(false, true)) {
                futures.get(h).cancel(false); // never started: nothing left for it
                continue;
            }
            try {
                futures.get(h).get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                if (failure == null) {
                    failure = unchecked(e.getCause());
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** Runs {@code body} for worker indices 0..workers−1, in parallel when workers > 1. */
    public static void run(int workers, IntConsumer body) {
        forEachChunk(workers, workers, body);
    }

    /** First item of worker {@code w}'s contiguous chunk when {@code count} items are split over {@code workers}. */
    public static int from(int count, int workers, int w) {
        return (int) ((long) count * w / workers);
    }

    /** Validates a worker count: 1..{@value #MAX_WORKERS}. */
    public static int check(int workers) {
        if (workers < 1 || workers > MAX_WORKERS) {
            throw new IllegalArgumentException("worker count must be in 1.." + MAX_WORKERS + ", got " + workers);
        }
        return workers;
    }

    private static void drain(AtomicInteger next, int chunks, IntConsumer body) {
        for (int c = next.getAndIncrement(); c < chunks; c = next.getAndIncrement()) {
            body.accept(c);
        }
    }

    private static RuntimeException unchecked(Throwable cause) {
        if (cause instanceof RuntimeException re) {
            return re;
        }
        if (cause instanceof Error err) {
            throw err;
        }
        return new IllegalStateException(cause);
    }
}
