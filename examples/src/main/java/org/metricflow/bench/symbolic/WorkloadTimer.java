package org.metricflow.bench.symbolic;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;
import org.metricflow.symbolic.cas.Sym;

/**
 * Times a {@link SymbolicWorkload} the way the SymPy peer is timed (from scratch, caches cleared): every run executes
 * on a new thread, whose Symja engine — and with it Symja's memo caches of Simplify, Factor, … — is new; the engine is
 * created before the clock starts. Warm-up runs (JIT compilation) are not timed. The check of the last run's result
 * runs on that run's thread (Symja's user symbols belong to the engine of the thread that parsed them), untimed.
 */
public final class WorkloadTimer {

    /**
     * Result of timing.
     *
     * @param medianSeconds   median wall time
     * @param minSeconds      fastest wall time
     * @param medianCpuSeconds median CPU time of the running thread (less sensitive to a loaded machine)
     * @param check           the workload's verdict on the last run's result
     */
    public record Timing(double medianSeconds, double minSeconds, double medianCpuSeconds, String check) {
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private WorkloadTimer() {
    }

    static Timing time(SymbolicWorkload w, int warmups, int runs) {
        for (int i = 0; i < warmups; i++) {
            runOnFreshThread(w, new double[2], false);
        }
        double[] wall = new double[runs];
        double[] cpu = new double[runs];
        String check = null;
        for (int i = 0; i < runs; i++) {
            double[] t = new double[2];
            check = runOnFreshThread(w, t, i == runs - 1);
            wall[i] = t[0];
            cpu[i] = t[1];
        }
        return new Timing(median(wall), Arrays.stream(wall).min().orElse(Double.NaN), median(cpu), check);
    }

    private static String runOnFreshThread(SymbolicWorkload w, double[] seconds, boolean check) {
        AtomicReference<String> verdict = new AtomicReference<>();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Thread t = new Thread(() -> {
            try {
                Sym.parse("0"); // creates this thread's engine outside the timed region
                long cpu0 = THREADS.getCurrentThreadCpuTime();
                long wall0 = System.nanoTime();
                Sym[] result = w.run();
                seconds[0] = (System.nanoTime() - wall0) * 1e-9;
                seconds[1] = (THREADS.getCurrentThreadCpuTime() - cpu0) * 1e-9;
                verdict.set(check ? w.check(result) : null);
            } catch (RuntimeException e) {
                failure.set(e);
            }
        }, "bench-" + w.name());
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while timing " + w.name(), e);
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return verdict.get();
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : 0.5 * (s[n / 2 - 1] + s[n / 2]);
    }
}
