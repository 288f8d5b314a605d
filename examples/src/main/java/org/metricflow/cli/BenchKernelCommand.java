package org.metricflow.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hipparchus.random.RandomGenerator;
import org.hipparchus.random.Well19937c;
import org.metricflow.numeric.kernel.DistanceProfile;
import org.metricflow.numeric.kernel.FubiniStudyKernel;
import org.metricflow.numeric.kernel.operator.MatrixFreeKernelOperator;
import org.metricflow.numeric.manifold.FubiniStudy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code metricflow bench kernel}: the Gaussian FS-distance kernel applied to a 9-component field, against NumPy. */
@Command(name = "kernel", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Gaussian kernel exp(-d_FS²/(2σ²)) on the Fubini-Study distance applied to a 9-component field"
                + " over N points of P^4, all N² pairs, matrix-free; reports kernel entries per second, the memory"
                + " allocated per application, and the ratio to the NumPy peer (python3 bench_kernel.py gauss N) run in"
                + " the same session.",
                "Points: normalised complex Gaussian vectors (Fubini-Study-uniform on P^4). The peer uses points of the"
                        + " Fermat quintic; the throughput does not depend on where the points lie."})
final class BenchKernelCommand implements Callable<Integer> {

    private static final int COMPONENTS = 9;
    private static final Pattern PEER_RATE = Pattern.compile("->\\s*([0-9.,]+) M kernel entries/s");

    @Mixin
    CommonOptions common;

    @Option(names = "--sizes", split = ",", paramLabel = "N", description = "Point counts (default 5000,20000).")
    int[] sizes = {5000, 20000};

    @Option(names = "--sigma", paramLabel = "S", description = "Kernel width σ in radians (default 0.3, as the peer).")
    double sigma = 0.3;

    @Option(names = "--profile", paramLabel = "P", description = "gaussian (default, as the peer) or printed"
            + " (exp(-d/(2σ)), eq. 3.5 as printed).")
    String profile = "gaussian";

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: all processors).")
    Integer threads;

    @Option(names = "--repeats", paramLabel = "R", description = "Timed applications per size; the median is reported"
            + " (default 3).")
    int repeats = 3;

    @Mixin
    PeerOptions peers;

    /** One measured size. */
    private record Result(int n, int threads, double seconds, double cpuSeconds, double entriesPerSecond,
                          double allocatedMb, double maxSpotError, Double peerRate, String peerNote) {
    }

    @Override
    public Integer call() {
        int available = Runtime.getRuntime().availableProcessors();
        int t = threads == null ? available : threads;
        if (t < 1 || t > available) {
            throw new IllegalArgumentException("--threads must be in 1.." + available + ", got " + t);
        }
        if (repeats < 1 || repeats > 50) {
            throw new IllegalArgumentException("--repeats must be in 1..50, got " + repeats);
        }
        for (int n : sizes) {
            if (n < 2 || n > 2_000_000) {
                throw new IllegalArgumentException("--sizes entries must be in 2..2000000, got " + n);
            }
        }
        DistanceProfile p = switch (profile) {
            case "gaussian" -> DistanceProfile.GAUSSIAN;
            case "printed" -> DistanceProfile.PRINTED_EXPONENTIAL;
            default -> throw new IllegalArgumentException("--profile must be gaussian or printed, got '" + profile
                    + "'");
        };
        FubiniStudyKernel kernel = new FubiniStudyKernel(5, p, sigma);
        warmUp(kernel, t);
        List<Result> results = new ArrayList<>();
        for (int n : sizes) {
            results.add(measure(kernel, n, t));
        }
        if (common.json()) {
            common.out().println(Json.write(json(kernel, results)));
        } else {
            text(kernel, results);
        }
        return 0;
    }

    /** n points of P^4: normalised complex Gaussian vectors, [Re z, Im z] layout. */
    static double[] points(int n, RandomGenerator rng) {
        double[] pts = new double[10 * n];
        for (int a = 0; a < n; a++) {
            double norm = 0;
            for (int k = 0; k < 10; k++) {
                double v = rng.nextGaussian();
                pts[10 * a + k] = v;
                norm += v * v;
            }
            double s = 1 / Math.sqrt(norm);
            for (int k = 0; k < 10; k++) {
                pts[10 * a + k] *= s;
            }
        }
        return pts;
    }

    private static void warmUp(FubiniStudyKernel kernel, int threads) {
        RandomGenerator rng = new Well19937c(7);
        double[] pts = points(3000, rng);
        double[] v = new double[3000 * COMPONENTS];
        double[] out = new double[v.length];
        MatrixFreeKernelOperator op = new MatrixFreeKernelOperator(kernel, pts, null, threads);
        for (int i = 0; i < 3; i++) {
            op.apply(v, COMPONENTS, out);
        }
    }

    private Result measure(FubiniStudyKernel kernel, int n, int t) {
        RandomGenerator rng = new Well19937c(11L + n);
        double[] pts = points(n, rng);
        double[] v = new double[n * COMPONENTS];
        for (int i = 0; i < v.length; i++) {
            v[i] = rng.nextGaussian();
        }
        double[] out = new double[v.length];
        MatrixFreeKernelOperator op = new MatrixFreeKernelOperator(kernel, pts, null, t);
        double[] times = new double[repeats];
        double[] cpu = new double[repeats];
        long allocated = 0;
        for (int r = 0; r < repeats; r++) {
            long before = allocatedBytes();
            long c0 = processCpuNanos();
            long t0 = System.nanoTime();
            op.apply(v, COMPONENTS, out);
            times[r] = (System.nanoTime() - t0) / 1e9;
            cpu[r] = (processCpuNanos() - c0) / 1e9;
            allocated = Math.max(allocated, allocatedBytes() - before);
        }
        Arrays.sort(times);
        Arrays.sort(cpu);
        double median = times[repeats / 2];
        double spot = spotCheck(kernel, pts, v, out, n, rng);
        Double peerRate = null;
        String note = "not run (--no-peers)";
        if (peers.enabled()) {
            String[] peer = runPeer(n);
            note = peer[1];
            peerRate = peer[0] == null ? null : Double.valueOf(peer[0]);
        }
        return new Result(n, t, median, cpu[repeats / 2], (double) n * n / median, allocated / 1e6, spot, peerRate,
                note);
    }

    /** CPU time of this process (all threads), or 0 where the platform does not report it. */
    private static long processCpuNanos() {
        var bean = ManagementFactory.getOperatingSystemMXBean();
        return bean instanceof com.sun.management.OperatingSystemMXBean os ? Math.max(0, os.getProcessCpuTime()) : 0;
    }

    /** Bytes allocated so far by all live threads (HotSpot's thread allocation counters). */
    private static long allocatedBytes() {
        var bean = ManagementFactory.getThreadMXBean();
        if (bean instanceof com.sun.management.ThreadMXBean hs && hs.isThreadAllocatedMemorySupported()) {
            long total = 0;
            for (long b : hs.getThreadAllocatedBytes(bean.getAllThreadIds())) {
                total += Math.max(0, b);
            }
            return total;
        }
        return 0;
    }

    /** Max |out − exact| over 5 random rows, exact = Σ_b profile(d_FS) v_b with the stable distance. */
    private static double spotCheck(FubiniStudyKernel kernel, double[] pts, double[] v, double[] out, int n,
                                    RandomGenerator rng) {
        double worst = 0;
        for (int r = 0; r < 5; r++) {
            int a = rng.nextInt(n);
            double[] exact = new double[COMPONENTS];
            for (int b = 0; b < n; b++) {
                double k = kernel.profile().value(FubiniStudy.distance(pts, 10 * a, pts, 10 * b, 5), kernel.sigma());
                for (int c = 0; c < COMPONENTS; c++) {
                    exact[c] += k * v[b * COMPONENTS + c];
                }
            }
            for (int c = 0; c < COMPONENTS; c++) {
                worst = Math.max(worst, Math.abs(out[a * COMPONENTS + c] - exact[c]));
            }
        }
        return worst;
    }

    /** {rate in M entries/s or null, note}: the faster of the peer's two NumPy variants. */
    private String[] runPeer(int n) {
        PythonPeer.Run run = peers.peer(Duration.ofMinutes(30)).run("bench_kernel.py", "gauss", Integer.toString(n));
        if (!run.succeeded()) {
            peers.skipped(run.failure());
            return new String[] {null, "skipped: " + run.failure()};
        }
        double best = -1;
        Matcher m = PEER_RATE.matcher(run.output());
        while (m.find()) {
            best = Math.max(best, Double.parseDouble(m.group(1).replace(",", "")));
        }
        if (best < 0) {
            return new String[] {null, "skipped: could not read the peer's output"};
        }
        return new String[] {Double.toString(best), "python3 bench_kernel.py gauss " + n + " (faster of its two"
                + " NumPy variants, median of 3)"};
    }

    private void text(FubiniStudyKernel kernel, List<Result> results) {
        var out = common.out();
        out.printf(Locale.ROOT, "Kernel %s, σ = %s, on d_FS between N points of P^4 (normalised complex Gaussian"
                + " vectors, FS-uniform; the NumPy peer uses quintic points — throughput is insensitive to this),"
                + " applied to a %d-component field, all N² pairs, matrix-free. Entry error bound %.1e.%n",
                kernel.profile() == DistanceProfile.GAUSSIAN ? "exp(-d²/(2σ²))" : "exp(-d/(2σ))", kernel.sigma(),
                COMPONENTS, Math.max(kernel.tableError(), 1e-14));
        out.println("      N  threads   time [s]   M entries/s   cpu [s]   M entries/cpu-s   alloc/apply [MB]"
                + "   dense K [MB]   spot err   NumPy M/s   ratio");
        for (Result r : results) {
            out.printf(Locale.ROOT, "%7d  %7d  %9.3f  %12.1f  %8.2f  %16.1f  %17.1f  %13.0f  %9.1e  %10s  %6s%n", r.n(),
                    r.threads(), r.seconds(), r.entriesPerSecond() / 1e6, r.cpuSeconds(),
                    r.cpuSeconds() > 0 ? (double) r.n() * r.n() / r.cpuSeconds() / 1e6 : Double.NaN, r.allocatedMb(),
                    8.0 * r.n() * r.n() / 1e6, r.maxSpotError(),
                    r.peerRate() == null ? "-" : String.format(Locale.ROOT, "%.1f", r.peerRate()),
                    r.peerRate() == null ? "-" : String.format(Locale.ROOT, "%.1fx",
                            r.entriesPerSecond() / 1e6 / r.peerRate()));
        }
        out.printf(Locale.ROOT, "system load average (1 min) at the end: %.2f on %d processors — wall-clock rates"
                + " of both sides drop when other processes compete for the cores; 'M entries/cpu-s' is the rate per"
                + " busy core%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        for (Result r : results) {
            out.println("peer N=" + r.n() + ": " + r.peerNote());
        }
    }

    private ObjectNode json(FubiniStudyKernel kernel, List<Result> results) {
        ObjectNode root = Json.object();
        root.put("kernel", kernel.toString());
        root.put("points", "normalised complex Gaussian vectors (FS-uniform on P^4); the peer uses quintic points");
        root.put("components", COMPONENTS);
        Json.putNumber(root, "load_average", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        ArrayNode rows = root.putArray("results");
        for (Result r : results) {
            ObjectNode o = rows.addObject();
            o.put("n", r.n());
            o.put("threads", r.threads());
            Json.putNumber(o, "seconds", r.seconds());
            Json.putNumber(o, "cpu_seconds", r.cpuSeconds());
            Json.putNumber(o, "entries_per_second", r.entriesPerSecond());
            Json.putNumber(o, "allocated_mb_per_apply", r.allocatedMb());
            Json.putNumber(o, "dense_matrix_mb", 8.0 * r.n() * r.n() / 1e6);
            Json.putNumber(o, "spot_check_max_error", r.maxSpotError());
            if (r.peerRate() != null) {
                Json.putNumber(o, "numpy_entries_per_second", r.peerRate() * 1e6);
                Json.putNumber(o, "ratio", r.entriesPerSecond() / 1e6 / r.peerRate());
            } else {
                o.putNull("numpy_entries_per_second");
                o.putNull("ratio");
            }
            o.put("peer", r.peerNote());
        }
        return root;
    }
}
