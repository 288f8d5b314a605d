package org.metricflow.numeric.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/** A shared pool of daemon worker threads for the kernel operators (one per available processor). */
final class Workers {

    private static final ExecutorService POOL = Executors.newFixedThreadPool(
            Runtime.getRuntime().availableProcessors(), r -> {
                Thread t = new Thread(r, "metricflow-kernel");
                t.setDaemon(true);
                return t;
            });

    private Workers() {
    }

    /** Number of threads a caller may ask for. */
    static int available() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** Runs {@code task.accept(t)} for t = 0..threads−1, the first on the calling thread, and waits for all. */
    static void run(int threads, IntConsumer task) {
        if (threads <= 1) {
            task.accept(0);
            return;
        }
        List<Future<?>> futures = new ArrayList<>(threads - 1);
        for (int t = 1; t < threads; t++) {
            int id = t;
            futures.add(POOL.submit(() -> task.accept(id)));
        }
        task.accept(0);
        try {
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while applying a kernel", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(c);
        }
    }
}
