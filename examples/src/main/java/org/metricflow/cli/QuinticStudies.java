package org.metricflow.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.metricflow.flows.quintic.QuinticFlowOptions;
import org.metricflow.flows.quintic.study.DistanceStudy;
import org.metricflow.flows.quintic.study.DistanceStudyResult;
import org.metricflow.flows.quintic.study.GainExtrapolation;
import org.metricflow.flows.quintic.study.NoiseMode;
import org.metricflow.flows.quintic.study.NoiseRow;
import org.metricflow.flows.quintic.study.NoiseStudy;
import org.metricflow.flows.quintic.study.NoiseStudyOptions;
import org.metricflow.flows.quintic.study.NoiseStudyResult;
import org.metricflow.numeric.cluster.NearestNeighbourSummary;
import org.metricflow.numeric.PowerLawFit;
import org.metricflow.numeric.manifold.ProjectiveHypersurface;
import org.metricflow.numeric.metric.MonteCarloEstimate;
import org.metricflow.numeric.sampling.LineIntersectionSampler;
import org.metricflow.numeric.sample.PointSample;
import org.metricflow.numeric.sampling.SamplerOptions;

/** Runs the §3 studies of {@code flow quintic --study}: prints a table (or JSON) and writes plots. */
final class QuinticStudies {

    /** The gain the paper extrapolates to (that of finite networks). */
    static final double TARGET_GAIN = 100;

    private final QuinticStudyOptions study;
    private final CommonOptions common;
    private final int threads = Runtime.getRuntime().availableProcessors();

    QuinticStudies(QuinticStudyOptions study, CommonOptions common) {
        this.study = study;
        this.common = common;
    }

    /** Runs the requested study with the flow options, training size, steps and seed of the command. */
    int run(QuinticFlowOptions flowOptions, int train, int test, int steps, long seed) {
        QuinticStudyOptions.Study which = QuinticStudyOptions.Study.parse(study.study);
        QuinticFlowOptions options = study.conditionLimit == null ? flowOptions
                : flowOptions.withConditionLimit(study.conditionLimit);
        long t0 = System.nanoTime();
        ObjectNode root = Json.object();
        root.put("study", which.label());
        List<Path> plots = new ArrayList<>();
        switch (which) {
            case NOISE -> noise(root, plots, options, train, steps, seed);
            case DISTANCE -> distance(root, plots, seed);
            case FEATURE_LEARNING -> FeatureLearningReport.run(root, study, options, train, test, steps, seed,
                    threads);
            case GAIN_VS_N -> QuinticGainScan.run(root, plots, study, test, seed, threads, common);
        }
        ArrayNode p = root.putArray("plots");
        plots.forEach(f -> p.add(f.toString()));
        Json.putNumber(root, "seconds", (System.nanoTime() - t0) * 1e-9);
        if (common.json()) {
            common.out().println(Json.write(root));
        } else {
            print(root);
        }
        return 0;
    }

    private void noise(ObjectNode root, List<Path> plots, QuinticFlowOptions o, int train, int steps, long seed) {
        NoiseStudyOptions so = new NoiseStudyOptions(study.noise == null ? NoiseStudyOptions.DEFAULT_NOISE
                : study.noise, steps, seed + 7);
        DistanceStudyResult dist = distanceStudy(seed);
        NoiseStudyResult r = NoiseStudy.run(sample(train, seed), o, so, threads);
        root.put("kernel", o.kernel().name().toLowerCase(Locale.ROOT));
        root.put("train", train);
        Json.putNumber(root, "condition_limit", o.conditionLimit());
        root.put("steps", r.flow().history().size());
        Json.putNumber(root, "learning_rate", o.learningRate());
        Json.putNumber(root, "gain_train", r.flow().gainTrain());
        root.put("clipped", r.flow().clippedTotal());
        if (r.flow().stopReason() != null) {
            root.put("stop", r.flow().stopReason());
        }
        ArrayNode rows = root.putArray("rows");
        for (NoiseRow row : r.rows()) {
            ObjectNode e = rows.addObject();
            e.put("mode", row.mode().name().toLowerCase(Locale.ROOT));
            Json.putNumber(e, "noise", row.noise());
            e.put("points", row.points());
            e.put("dropped", row.dropped());
            Json.putNumber(e, "mean_distance", row.meanDistance());
            put(e, "sigma_before", row.sigmaBefore());
            put(e, "sigma_after", row.sigmaAfter());
            Json.putNumber(e, "gain", row.gain());
        }
        putFit(root.putObject("distance_fit"), dist.fit());
        ArrayNode ex = root.putArray("extrapolation");
        for (NoiseMode m : NoiseMode.values()) {
            GainExtrapolation g = GainExtrapolation.of(r.rows(m), m, TARGET_GAIN, dist.fit());
            ObjectNode e = ex.addObject();
            e.put("mode", m.name().toLowerCase(Locale.ROOT));
            Json.putNumber(e, "target_gain", g.target());
            Json.putNumber(e, "distance", g.distance());
            Json.putNumber(e, "points", g.points());
            Json.putNumber(e, "points_paper_fit", Double.isNaN(g.distance()) ? Double.NaN
                    : DistanceStudyResult.pointsFor(DistanceStudyResult.PAPER, g.distance()));
        }
        if (study.plot != null) {
            plots.add(QuinticStudyPlots.noise(study.plot, r));
        }
    }

    private void distance(ObjectNode root, List<Path> plots, long seed) {
        DistanceStudyResult r = distanceStudy(seed);
        ArrayNode rows = root.putArray("rows");
        double[] law = r.asymptotic();
        for (int i = 0; i < r.summaries().size(); i++) {
            NearestNeighbourSummary s = r.summaries().get(i);
            ObjectNode e = rows.addObject();
            e.put("points", s.points());
            put(e, "mean", s.mean());
            Json.putNumber(e, "min", s.min());
            Json.putNumber(e, "max", s.max());
            Json.putNumber(e, "fit", r.fit().at(s.points()));
            Json.putNumber(e, "asymptotic", law[i]);
            Json.putNumber(e, "paper_fit", DistanceStudyResult.PAPER.at(s.points()));
        }
        putFit(root.putObject("fit"), r.fit());
        putFit(root.putObject("paper_fit"), DistanceStudyResult.PAPER);
        ArrayNode ex = root.putArray("paper_extrapolation");
        double[][] paper = {{GainExtrapolation.PAPER_DISTANCE_GAUSSIAN, 1e12}, {GainExtrapolation.PAPER_DISTANCE_DELTA,
                1e8}};
        String[] kernels = {"gaussian", "delta"};
        for (int i = 0; i < paper.length; i++) {
            ObjectNode e = ex.addObject();
            e.put("kernel", kernels[i]);
            Json.putNumber(e, "distance", paper[i][0]);
            Json.putNumber(e, "points_stated", paper[i][1]);
            Json.putNumber(e, "points_paper_fit", DistanceStudyResult.pointsFor(DistanceStudyResult.PAPER,
                    paper[i][0]));
            Json.putNumber(e, "points_our_fit", DistanceStudyResult.pointsFor(r.fit(), paper[i][0]));
        }
        if (study.plot != null) {
            plots.add(QuinticStudyPlots.distance(study.plot, r));
        }
    }

    private DistanceStudyResult distanceStudy(long seed) {
        int[] sizes = study.sizes == null ? DistanceStudy.DEFAULT_SIZES : study.sizes.clone();
        int largest = 0;
        for (int n : sizes) {
            if (n < 2 || n > FlowQuinticCommand.MAX_POINTS) {
                throw new IllegalArgumentException("--sizes must lie in [2, " + FlowQuinticCommand.MAX_POINTS
                        + "], got " + n);
            }
            largest = Math.max(largest, n);
        }
        return DistanceStudy.run(sample(largest, seed + 2), sizes, threads);
    }

    private static PointSample sample(int n, long seed) {
        return new LineIntersectionSampler(ProjectiveHypersurface.fermatQuintic(),
                SamplerOptions.defaults().withSeed(seed)).sample(n);
    }

    private void print(ObjectNode root) {
        PrintWriter o = common.out();
        switch (root.get("study").asText()) {
            case "noise" -> printNoise(o, root);
            case "distance" -> printDistance(o, root);
            case "gain-vs-n" -> QuinticGainScan.print(o, root);
            default -> FeatureLearningReport.print(o, root);
        }
        for (var p : root.get("plots")) {
            o.println("  wrote " + p.asText());
        }
    }

    private static void printNoise(PrintWriter o, ObjectNode r) {
        o.printf(Locale.ROOT, "noise study (Fig. 3 left): %s kernel, %d training points (condition limit %.3g), %d "
                        + "steps, lr %.4g, gain_train %.4g, %d clipped updates%n", r.get("kernel").asText(),
                r.get("train").asInt(), r.get("condition_limit").asDouble(), r.get("steps").asInt(),
                r.get("learning_rate").asDouble(), r.get("gain_train").asDouble(), r.get("clipped").asLong());
        o.printf(Locale.ROOT, "  %-9s %9s %6s %7s %13s %20s %20s %10s%n", "mode", "noise", "points", "dropped",
                "mean_distance", "sigma_before", "sigma_after", "gain");
        for (var e : r.get("rows")) {
            o.printf(Locale.ROOT, "  %-9s %9.3g %6d %7d %13.4g %11.5g ± %6.2g %11.5g ± %6.2g %10.4g%n",
                    e.get("mode").asText(), e.get("noise").asDouble(), e.get("points").asInt(),
                    e.get("dropped").asInt(), e.get("mean_distance").asDouble(), e.get("sigma_before").asDouble(),
                    e.get("sigma_before_err").asDouble(), e.get("sigma_after").asDouble(),
                    e.get("sigma_after_err").asDouble(), e.get("gain").asDouble());
        }
        var f = r.get("distance_fit");
        o.printf(Locale.ROOT, "  distance fit mu = %.4g N^%.4f (paper 0.968 N^-0.184)%n",
                f.get("prefactor").asDouble(), f.get("exponent").asDouble());
        for (var e : r.get("extrapolation")) {
            if (e.get("distance").isNull()) {
                o.printf(Locale.ROOT, "  gain %.0f (%s): not reached between the noise levels%n",
                        e.get("target_gain").asDouble(), e.get("mode").asText());
            } else {
                o.printf(Locale.ROOT, "  gain %.0f (%s): mean distance %.3g -> N = %.3g (our fit), %.3g (paper fit)%n",
                        e.get("target_gain").asDouble(), e.get("mode").asText(), e.get("distance").asDouble(),
                        e.get("points").asDouble(), e.get("points_paper_fit").asDouble());
            }
        }
    }

    private static void printDistance(PrintWriter o, ObjectNode r) {
        o.println("distance study (Fig. 3 right): nearest-neighbour FS distance vs number of points");
        o.printf(Locale.ROOT, "  %8s %18s %9s %9s %9s %10s %10s%n", "N", "mean", "min", "max", "fit", "asymptotic",
                "paper(3.6)");
        for (var e : r.get("rows")) {
            o.printf(Locale.ROOT, "  %8d %9.5f ± %6.1g %9.3g %9.4f %9.4f %10.4f %10.4f%n", e.get("points").asInt(),
                    e.get("mean").asDouble(), e.get("mean_err").asDouble(), e.get("min").asDouble(),
                    e.get("max").asDouble(), e.get("fit").asDouble(), e.get("asymptotic").asDouble(),
                    e.get("paper_fit").asDouble());
        }
        var f = r.get("fit");
        o.printf(Locale.ROOT, "  fit mu = (%.4f ± %.4f) N^(%.4f ± %.4f); paper (3.6): 0.968 N^-0.184; 1/d: -0.1667%n",
                f.get("prefactor").asDouble(), f.get("prefactor_err").asDouble(), f.get("exponent").asDouble(),
                f.get("exponent_err").asDouble());
        for (var e : r.get("paper_extrapolation")) {
            o.printf(Locale.ROOT, "  gain 100, %s: distance %.3g needs N = %.3g (our fit), %.3g (paper's fit "
                            + "recomputed), paper states %.3g%n", e.get("kernel").asText(),
                    e.get("distance").asDouble(), e.get("points_our_fit").asDouble(),
                    e.get("points_paper_fit").asDouble(), e.get("points_stated").asDouble());
        }
    }

    static void putFit(ObjectNode node, PowerLawFit fit) {
        Json.putNumber(node, "prefactor", fit.prefactor());
        Json.putNumber(node, "prefactor_err", fit.prefactorError());
        Json.putNumber(node, "exponent", fit.exponent());
        Json.putNumber(node, "exponent_err", fit.exponentError());
    }

    static void put(ObjectNode node, String key, MonteCarloEstimate e) {
        Json.putNumber(node, key, e.value());
        Json.putNumber(node, key + "_err", e.standardError());
    }
}
