package org.metricflow.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.metricflow.flows.quintic.OperatorOptions;
import org.metricflow.flows.quintic.QuinticFlowOptions;
import org.metricflow.flows.quintic.QuinticKernel;
import org.metricflow.flows.quintic.study.GainScan;
import org.metricflow.flows.quintic.study.GainScanPoint;
import org.metricflow.numeric.AtomicWrite;
import org.metricflow.numeric.manifold.ProjectiveHypersurface;
import org.metricflow.numeric.sample.PointSample;
import org.metricflow.numeric.sampling.LineIntersectionSampler;
import org.metricflow.numeric.sampling.SamplerOptions;

/**
 * {@code flow quintic --study gain-vs-n}: the closed-form test gain against N per kernel ({@link GainScan}). With
 * {@code --plot DIR} every finished point is written to {@code DIR/gain-vs-n.json} (atomically) and a rerun with the
 * same test size and seed resumes from it (adding sizes or kernels; a point computed with other kernel parameters —
 * {@code --sigmas}, {@code --sigma-w}, {@code --sigma-b} — is recomputed); {@code DIR/gain-vs-n.png} plots test gain
 * vs N with error bars, one line per kernel.
 */
final class QuinticGainScan {

    static final int[] DEFAULT_SIZES = {1000, 2500, 5000, 10000, 20000};
    static final double[] DEFAULT_SIGMAS = {0.35, 0.5, 0.7};
    static final String[] DEFAULT_KERNELS = {"gaussian", "relu", "delta"};
    private static final String FILE = "gain-vs-n";

    private QuinticGainScan() {
    }

    static void run(ObjectNode root, List<Path> plots, QuinticStudyOptions study, int test, long seed, int threads,
                    CommonOptions common) {
        int[] sizes = study.sizes == null ? DEFAULT_SIZES : study.sizes.clone();
        for (int i = 0; i < sizes.length; i++) {
            if (sizes[i] < 10 || sizes[i] > FlowQuinticCommand.MAX_POINTS || i > 0 && sizes[i] <= sizes[i - 1]) {
                throw new IllegalArgumentException("--sizes must be ascending in [10, " + FlowQuinticCommand.MAX_POINTS
                        + "], got " + sizes[i]);
            }
        }
        double[] sigmas = study.sigmas == null ? DEFAULT_SIGMAS : study.sigmas.clone();
        for (double s : sigmas) {
            if (!(s > 0) || !Double.isFinite(s)) {
                throw new IllegalArgumentException("--sigmas must be > 0, got " + s);
            }
        }
        List<QuinticFlowOptions> kernels = new ArrayList<>();
        for (String k : study.kernels == null ? DEFAULT_KERNELS : study.kernels) {
            kernels.add(options(k, study));
        }
        ObjectNode settings = root.putObject("settings");
        ArrayNode ks = settings.putArray("kernels");
        kernels.forEach(o -> ks.add(label(o)));
        ArrayNode ns = settings.putArray("sizes");
        Arrays.stream(sizes).forEach(ns::add);
        ArrayNode ss = settings.putArray("sigmas");
        Arrays.stream(sigmas).forEach(ss::add);
        settings.put("test", test);
        settings.put("validation", test);
        settings.put("seed", seed);
        Path json = study.plot == null ? null : study.plot.resolve(FILE + ".json");
        if (json != null) {
            OutputPaths.requireWritableDirectory(study.plot, "--plot");
        }
        ArrayNode points = root.putArray("points");
        JsonNode done = resumed(json, settings);
        if (done != null) {
            points.addAll((ArrayNode) done);
            root.put("resumed_points", done.size());
        }
        ProjectiveHypersurface x = ProjectiveHypersurface.fermatQuintic();
        PointSample testSample = sample(x, test, seed + 1);
        PointSample validation = sample(x, test, seed + 2);
        OperatorOptions ops = OperatorOptions.defaults().withDenseBytes(Runtime.getRuntime().maxMemory() / 3);
        try (var bar = Progress.bar(common, "gain-vs-n", (long) kernels.size() * sizes.length)) {
            for (int n : sizes) {
                PointSample train = null;
                for (QuinticFlowOptions o : kernels) {
                    String parameters = parameters(o, sigmas);
                    if (reuse(points, label(o), n, parameters)) {
                        step(bar);
                        continue;
                    }
                    train = train != null ? train : sample(x, n, seed);
                    int clusters = o.kernel() == QuinticKernel.DELTA ? 1
                            : GainScan.clusters(n, 2L * test, ops.denseBytes());
                    GainScanPoint p = GainScan.run(o, sigmas, n, train, validation, testSample,
                            ops.withClusters(clusters), threads);
                    put(points.addObject(), p, sigmas, parameters);
                    if (json != null) {
                        AtomicWrite.writeString(json, Json.write(root));
                        plots.clear();
                        plots.add(plot(study.plot, points));
                    }
                    step(bar);
                }
            }
        }
    }

    private static void step(me.tongfei.progressbar.ProgressBar bar) {
        if (bar != null) {
            bar.step();
        }
    }

    private static QuinticFlowOptions options(String name, QuinticStudyOptions study) {
        QuinticKernel k = switch (name.toLowerCase(Locale.ROOT)) {
            case "gaussian" -> QuinticKernel.GAUSSIAN;
            case "relu" -> QuinticKernel.RELU;
            case "delta" -> QuinticKernel.DELTA;
            default -> throw new IllegalArgumentException("--kernels must name gaussian, relu or delta, got '" + name
                    + "'");
        };
        QuinticFlowOptions o = GainScan.closedForm(QuinticFlowOptions.table1(k));
        if (k == QuinticKernel.RELU && study.sigmaW != null) {
            o = o.withSigmaW(study.sigmaW);
        }
        if (k == QuinticKernel.RELU && study.sigmaB != null) {
            o = o.withSigmaB(study.sigmaB);
        }
        return o;
    }

    private static String label(QuinticFlowOptions o) {
        return o.kernel().name().toLowerCase(Locale.ROOT);
    }

    private static PointSample sample(ProjectiveHypersurface x, int n, long seed) {
        return new LineIntersectionSampler(x, SamplerOptions.defaults().withSeed(seed)).sample(n);
    }

    /**
     * The points of an earlier run with the same held-out samples (test size, seed), or null: a rerun may add sizes
     * or kernels; each point records the widths it tried.
     */
    private static JsonNode resumed(Path json, ObjectNode settings) {
        if (json == null || !Files.isRegularFile(json)) {
            return null;
        }
        try {
            JsonNode old = new ObjectMapper().readTree(json.toFile());
            JsonNode before = old.get("settings");
            for (String key : new String[] {"test", "validation", "seed"}) {
                if (before == null || before.get(key) == null || settings.get(key).asLong() != before.get(key).asLong()) {
                    return null;
                }
            }
            return old.get("points") instanceof ArrayNode a ? a : null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + json + ": " + e.getMessage(), e);
        }
    }

    /**
     * The kernel parameters a point depends on besides N and the held-out samples: the Gaussian widths tried, the
     * ReLU NTK's σ_w and σ_b.
     */
    private static String parameters(QuinticFlowOptions o, double[] sigmas) {
        return switch (o.kernel()) {
            case GAUSSIAN -> "sigmas " + Arrays.toString(sigmas);
            case RELU -> "sigma_w " + o.sigmaW() + " sigma_b " + o.sigmaB();
            default -> "";
        };
    }

    /**
     * Whether an earlier point of this kernel and size, computed with the same parameters, can be kept; a point
     * computed with other parameters is removed (it is recomputed).
     */
    private static boolean reuse(ArrayNode points, String kernel, int n, String parameters) {
        for (int i = 0; i < points.size(); i++) {
            JsonNode p = points.get(i);
            if (p.get("kernel").asText().equals(kernel) && p.get("requested").asInt() == n) {
                if (p.path("parameters").asText().equals(parameters)) {
                    return true;
                }
                points.remove(i);
                return false;
            }
        }
        return false;
    }

    private static void put(ObjectNode e, GainScanPoint p, double[] sigmas, String parameters) {
        e.put("kernel", p.kernel());
        e.put("parameters", parameters);
        e.put("requested", p.requested());
        e.put("train", p.train());
        e.put("clusters", p.clusters());
        e.put("spectrum", p.spectrum());
        Json.putNumber(e, "sigma", p.sigma());
        ArrayNode tried = e.putArray("sigmas_tried");
        if (p.kernel().equals("gaussian")) {
            Arrays.stream(sigmas).forEach(tried::add);
        }
        Json.putNumber(e, "t", p.flowTime());
        Json.putNumber(e, "gain_train", p.trainGain());
        Json.putNumber(e, "gain_validation", p.validationGain());
        Json.putNumber(e, "gain_test", p.testGain());
        Json.putNumber(e, "gain_test_err", p.testGainError());
        Json.putNumber(e, "cpu_seconds", p.cpuSeconds());
    }

    /** {@code gain-vs-n.png}: test gain vs N (log x), one line per kernel, Monte Carlo error bars. */
    static Path plot(Path dir, ArrayNode points) {
        XYChart chart = new XYChartBuilder().width(640).height(440)
                .title("closed-form frozen-kernel flow: test gain vs N")
                .xAxisTitle("training points N").yAxisTitle("test gain sigma_before / sigma_after").build();
        chart.getStyler().setXAxisLogarithmic(true);
        List<String> kernels = new ArrayList<>();
        points.forEach(p -> {
            if (!kernels.contains(p.get("kernel").asText())) {
                kernels.add(p.get("kernel").asText());
            }
        });
        for (String k : kernels) {
            List<Double> n = new ArrayList<>();
            List<Double> gain = new ArrayList<>();
            List<Double> err = new ArrayList<>();
            for (JsonNode p : points) {
                if (p.get("kernel").asText().equals(k)) {
                    n.add(p.get("train").asDouble());
                    gain.add(p.get("gain_test").asDouble());
                    err.add(p.get("gain_test_err").asDouble());
                }
            }
            chart.addSeries(k, n, gain, err);
        }
        return FlowPlots.save(dir, FILE, List.of(chart), 1);
    }

    static void print(PrintWriter o, JsonNode r) {
        var s = r.get("settings");
        o.printf(Locale.ROOT, "test gain vs N (closed form, squared loss; t and Gaussian width chosen on %d validation "
                + "points; %d test points)%n", s.get("validation").asInt(), s.get("test").asInt());
        o.printf(Locale.ROOT, "  %-8s %7s %7s %8s %-7s %6s %10s %10s %10s %16s %8s%n", "kernel", "N", "kept",
                "clusters", "spectrum", "sigma", "t", "gain_train", "gain_val", "gain_test", "cpu_s");
        for (JsonNode p : r.get("points")) {
            o.printf(Locale.ROOT, "  %-8s %7d %7d %8d %-7s %6s %10s %10.4g %10.4g %8.3f ± %5.3f %8.0f%n",
                    p.get("kernel").asText(), p.get("requested").asInt(), p.get("train").asInt(),
                    p.get("clusters").asInt(), p.get("spectrum").asText(),
                    p.get("sigma").isNull() ? "-" : String.format(Locale.ROOT, "%.3g", p.get("sigma").asDouble()),
                    p.get("t").isNull() ? "inf" : String.format(Locale.ROOT, "%.4g", p.get("t").asDouble()),
                    p.get("gain_train").asDouble(), p.get("gain_validation").asDouble(),
                    p.get("gain_test").asDouble(), p.get("gain_test_err").asDouble(),
                    p.get("cpu_seconds").asDouble());
        }
    }
}
