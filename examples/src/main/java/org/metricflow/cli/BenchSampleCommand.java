package org.metricflow.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.metricflow.numeric.Parallel;
import org.metricflow.numeric.cluster.FsNearestNeighbours;
import org.metricflow.numeric.manifold.ProjectiveHypersurface;
import org.metricflow.numeric.metric.FubiniStudyPullback;
import org.metricflow.numeric.metric.MongeAmpere;
import org.metricflow.numeric.sampling.LineIntersectionSampler;
import org.metricflow.numeric.sample.PointSample;
import org.metricflow.numeric.sampling.SamplerOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code metricflow bench sample}: Fermat-quintic sampling with Ω and weights, the FS pullback + det + σ pipeline,
 * and nearest-neighbour assignment (100,000 test → 10,000 training points), each against the NumPy peers of
 * examples/peers (quintic_peer.py, quintic_np.py, fs_kernel.py) run in the same benchmark (skipped cleanly when python3/numpy or
 * the peers are missing).
 */
@Command(name = "sample", mixinStandardHelpOptions = true,
        description = "Quintic sampling, FS pullback + det + sigma, nearest neighbours vs NumPy (same run).")
final class BenchSampleCommand implements Callable<Integer> {


    @Mixin
    CommonOptions common;

    @Option(names = "--points", paramLabel = "N", defaultValue = "1000000", description = "Points for sampling and pullback rows.")
    int points;

    @Option(names = "--nn-train", paramLabel = "N", defaultValue = "10000", description = "Training points of the NN row.")
    int nnTrain;

    @Option(names = "--nn-test", paramLabel = "N", defaultValue = "100000", description = "Test points of the NN row.")
    int nnTest;

    @Option(names = "--repeats", paramLabel = "R", defaultValue = "3", description = "Timed repetitions (median reported).")
    int repeats;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: available processors).")
    Integer threads;

    @Mixin
    PeerOptions peers;

    /** One timing: wall seconds (median) and the process CPU seconds of that run. */
    private record Timing(double seconds, double cpuSeconds, int points) {
        double rate() {
            return points / seconds;
        }
    }

    @Override
    public Integer call() {
        if (points < 1 || nnTrain < 1 || nnTest < 1 || repeats < 1) {
            throw new IllegalArgumentException("--points, --nn-train, --nn-test and --repeats must be >= 1");
        }
        int workers = threads == null ? Parallel.defaultThreads() : threads;
        if (workers < 1) {
            throw new IllegalArgumentException("--threads must be >= 1, got " + workers);
        }
        ProjectiveHypersurface x = ProjectiveHypersurface.fermatQuintic();
        // the pullback row adds det g and |Ω|² per point; the NN row holds its own two samples
        MemoryBudget.require("--points " + points, (double) points * (SampleCommand.bytesPerPoint(x) + 16)
                + (double) (nnTrain + nnTest) * SampleCommand.bytesPerPoint(x));
        SamplerOptions options = SamplerOptions.defaults().withThreads(workers);
        LineIntersectionSampler sampler = new LineIntersectionSampler(x, options.withSeed(11));
        Map<String, Timing> ours = new LinkedHashMap<>();
        PointSample[] last = new PointSample[1];
        ours.put("sample", time(points, () -> last[0] = sampler.sample(points)));
        PointSample s = last[0];
        double[] det = new double[s.size()];
        double[] omega2 = new double[s.size()];
        ours.put("pullback", time(s.size(), () -> {
            FubiniStudyPullback.compute(x, s.points(), workers, det, omega2, null);
            MongeAmpere.estimate(x.volumeFubiniStudy(), s.weights(), det, omega2, s.line());
        }));
        PointSample train = new LineIntersectionSampler(x, options.withSeed(12)).sample(nnTrain);
        PointSample test = new LineIntersectionSampler(x, options.withSeed(13)).sample(nnTest);
        int[] idx = new int[nnTest];
        ours.put("nn", time(nnTest, () -> FsNearestNeighbours.build(train.points(), 5)
                .nearest(test.points(), idx, null, false, workers)));
        Map<String, Timing> numpy = new LinkedHashMap<>();
        String note = !peers.enabled() ? "NumPy peers skipped (--no-peers)" : runPeers(numpy);
        print(ours, numpy, note, workers);
        return 0;
    }

    private Timing time(int n, Runnable work) {
        work.run();
        double[] wall = new double[repeats];
        double[] cpu = new double[repeats];
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int r = 0; r < repeats; r++) {
            long c0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            work.run();
            wall[r] = (System.nanoTime() - t0) * 1e-9;
            cpu[r] = (os.getProcessCpuTime() - c0) * 1e-9;
        }
        double[] sorted = wall.clone();
        Arrays.sort(sorted);
        int median = 0;
        for (int r = 0; r < repeats; r++) {
            if (wall[r] == sorted[repeats / 2]) {
                median = r;
            }
        }
        return new Timing(wall[median], cpu[median], n);
    }

    /** Runs the NumPy peers; returns a note (empty when they ran). */
    private String runPeers(Map<String, Timing> into) {
        Path dir = peers.directory();
        PythonPeer.Run run = peers.peer(Duration.ofHours(1)).run("quintic_peer.py", dir.toAbsolutePath().toString(),
                String.valueOf(points), String.valueOf(repeats), String.valueOf(nnTrain), String.valueOf(nnTest));
        if (!run.succeeded()) {
            peers.skipped(run.failure());
            return "NumPy peers skipped: " + run.failure();
        }
        try {
            ObjectMapper mapper = new ObjectMapper();
            for (String line : run.output().lines().filter(l -> l.startsWith("{")).toList()) {
                JsonNode n = mapper.readTree(line);
                into.put(n.get("what").asText(), new Timing(n.get("seconds").asDouble(), Double.NaN,
                        n.get("points").asInt()));
            }
            return "";
        } catch (IOException e) {
            peers.skipped("could not read its output (" + e.getMessage() + ")");
            return "NumPy peers skipped: could not read the peer's output";
        }
    }

    private static final Map<String, String> WHAT = Map.of(
            "sample", "sampling: points + Omega + weights (+ FS metric)",
            "pullback", "FS pullback + det + sigma from points",
            "nn", "nearest FS neighbour, test -> train");
    private static final Map<String, Double> TARGET = Map.of("sample", 1e6, "pullback", 5e6);

    private void print(Map<String, Timing> ours, Map<String, Timing> numpy, String note, int workers) {
        List<ObjectNode> rows = new ArrayList<>();
        for (String key : ours.keySet()) {
            Timing o = ours.get(key);
            Timing n = numpy.get(key);
            ObjectNode r = Json.object();
            r.put("task", key);
            r.put("what", WHAT.get(key));
            r.put("points", o.points());
            Json.putNumber(r, "seconds", o.seconds());
            Json.putNumber(r, "cpu_seconds", o.cpuSeconds());
            Json.putNumber(r, "points_per_second", o.rate());
            Json.putNumber(r, "numpy_seconds", n == null ? Double.NaN : n.seconds());
            Json.putNumber(r, "numpy_points_per_second", n == null ? Double.NaN : n.rate());
            Json.putNumber(r, "speedup", n == null ? Double.NaN : o.rate() / n.rate());
            Json.putNumber(r, "target_points_per_second", TARGET.getOrDefault(key, Double.NaN));
            rows.add(r);
        }
        if (common.json()) {
            ObjectNode root = Json.object();
            root.put("threads", workers);
            root.put("repeats", repeats);
            root.putArray("rows").addAll(rows);
            root.put("peer", note);
            common.out().println(Json.write(root));
            return;
        }
        var out = common.out();
        out.printf(Locale.ROOT, "Fermat quintic, %d threads, median of %d; NN: %d test -> %d train%n", workers,
                repeats, nnTest, nnTrain);
        out.printf(Locale.ROOT, "%-48s %10s %10s %14s %14s %9s%n", "task", "points", "seconds", "points/s",
                "NumPy pts/s", "speedup");
        for (ObjectNode r : rows) {
            boolean peer = !r.get("speedup").isNull();
            out.printf(Locale.ROOT, "%-48s %10d %10.3f %14.4g %14s %9s%n", r.get("what").asText(),
                    r.get("points").asInt(), r.get("seconds").asDouble(), r.get("points_per_second").asDouble(),
                    peer ? String.format(Locale.ROOT, "%.4g", r.get("numpy_points_per_second").asDouble()) : "-",
                    peer ? String.format(Locale.ROOT, "%.2f", r.get("speedup").asDouble()) : "-");
        }
        out.println("(CPU seconds of our rows: " + rows.stream().map(r -> String.format(Locale.ROOT, "%s %.3f",
                r.get("task").asText(), r.get("cpu_seconds").asDouble())).toList() + "; targets: sampling >= 1e6 "
                + "pts/s, pullback >= 5e6 pts/s, NN >= 10x NumPy)");
        if (!note.isEmpty()) {
            out.println(note);
        }
    }
}
