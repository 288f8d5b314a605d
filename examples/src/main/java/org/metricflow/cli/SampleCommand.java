package org.metricflow.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.hipparchus.complex.Complex;
import org.hipparchus.random.Well19937c;
import org.metricflow.numeric.Parallel;
import org.metricflow.numeric.cluster.AverageLinkage;
import org.metricflow.numeric.cluster.BatchedClustering;
import org.metricflow.numeric.cluster.ClusterQuality;
import org.metricflow.numeric.cluster.Clustering;
import org.metricflow.numeric.cluster.DistanceHeatMap;
import org.metricflow.numeric.cluster.MergeRule;
import org.metricflow.numeric.cluster.NearestNeighbourStatistics;
import org.metricflow.numeric.cluster.NearestNeighbourSummary;
import org.metricflow.numeric.PowerLawFit;
import org.metricflow.numeric.io.CymetricDataset;
import org.metricflow.numeric.io.PointSampleFiles;
import org.metricflow.numeric.kahler.MetricFile;
import org.metricflow.numeric.kahler.PotentialMetric;
import org.metricflow.numeric.manifold.HomogeneousPolynomial;
import org.metricflow.numeric.manifold.ProjectiveHypersurface;
import org.metricflow.numeric.metric.MongeAmpere;
import org.metricflow.numeric.metric.MongeAmpereEstimate;
import org.metricflow.numeric.metric.MonteCarloEstimate;
import org.metricflow.numeric.sampling.LineIntersectionSampler;
import org.metricflow.numeric.sample.PointSample;
import org.metricflow.numeric.sampling.SamplerOptions;
import org.metricflow.numeric.sampling.SingularPointSearch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Help.Visibility;
import picocli.CommandLine.Option;

/** {@code metricflow sample}: Calabi–Yau point clouds with Ω, weights, κ, volumes and the FS σ-loss. */
@Command(name = "sample", mixinStandardHelpOptions = true,
        description = {"Sample Calabi-Yau point clouds (Fermat quintic, cubic, quartic, Dwork family or any "
                + "polynomial) by random-line intersection; print kappa, Vol_Omega, Vol_FS and the sigma-loss of the "
                + "restricted Fubini-Study metric with standard errors.",
                "--distances adds nearest-neighbour FS-distance statistics and the power-law fit (paper eq. 3.6); "
                        + "--plot DIR writes the Fig. 2 distance heat maps (full vs batched clustering)."})
final class SampleCommand implements Callable<Integer> {

    /** Named manifolds. */
    enum Manifold {
        FERMAT_QUINTIC("fermat-quintic"), FERMAT_CUBIC("fermat-cubic"), FERMAT_QUARTIC("fermat-quartic"),
        DWORK("dwork");

        final String cli;

        Manifold(String cli) {
            this.cli = cli;
        }

        static Manifold parse(String text) {
            for (Manifold m : values()) {
                if (m.cli.equals(text)) {
                    return m;
                }
            }
            throw new IllegalArgumentException("unknown --manifold '" + text
                    + "' (valid: fermat-quintic, fermat-cubic, fermat-quartic, dwork)");
        }
    }

    /** Output layouts. */
    enum Format {
        METRICFLOW, CYMETRIC
    }

    /** Nearest-neighbour statistics use at most this many points (the scan is O(N²): ~25 CPU-seconds at 10⁵). */
    static final int MAX_DISTANCE_POINTS = 100_000;

    @Mixin
    CommonOptions common;

    @Option(names = "--manifold", defaultValue = "fermat-quintic", paramLabel = "NAME",
            description = "fermat-quintic (default), fermat-cubic, fermat-quartic, dwork.")
    String manifold;

    @Option(names = "--psi", defaultValue = "0", paramLabel = "PSI",
            description = "Dwork parameter psi (real or complex, e.g. 0.5 or 0.5+0.2*i); default 0.")
    String psi;

    @Option(names = "--polynomial", paramLabel = "TEXT",
            description = "Any homogeneous polynomial instead of --manifold, e.g. \"z0^5+z1^5+z2^5+z3^5+z4^5"
                    + "-5*psi*z0*z1*z2*z3*z4\" (psi from --psi).")
    String polynomial;

    @Option(names = "--coordinates", defaultValue = "0", paramLabel = "N", showDefaultValue = Visibility.NEVER,
            description = "Number of homogeneous coordinates for --polynomial (default: largest index + 1).")
    int coordinates;

    @Option(names = "--points", defaultValue = "100000", paramLabel = "N", description = "Points (default 100000).")
    int points;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Seed (default 1).")
    long seed;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: available processors).")
    Integer threads;

    @Option(names = "--out", paramLabel = "FILE.npz", description = "Write the sample (.npz; keys in docs/sampling.md).")
    Path out;

    @Option(names = "--format", defaultValue = "metricflow", paramLabel = "F",
            description = "metricflow (all fields, default) or cymetric (dataset.npz: X_train, y_train, X_val, "
                    + "y_val, val_pullbacks).")
    String format;

    @Option(names = "--val-split", defaultValue = "0.1", paramLabel = "F",
            description = "Validation fraction for --format cymetric (default 0.1).")
    double valSplit;

    @Option(names = "--distances",
            description = "Nearest-neighbour FS-distance statistics vs N (up to 100000 points) and the fit (3.6).")
    boolean distances;

    @Option(names = "--plot", paramLabel = "DIR", description = "Write the Fig. 2 heat maps into DIR.")
    Path plot;

    @Option(names = "--clusters", defaultValue = "10", paramLabel = "C",
            description = "Clusters for --plot (default 10).")
    int clusters;

    @Option(names = "--batches", defaultValue = "5", paramLabel = "B",
            description = "Mini-batches for --plot (default 5; 1000 points are clustered).")
    int batches;

    @Option(names = "--from", paramLabel = "FILE.npz",
            description = "Evaluate a saved file instead of sampling: a metric written by 'cy train/eval --out' "
                    + "(sigma, kappa, Vol_g of the metric and of FS on its points), a metricflow sample, or with "
                    + "--format cymetric a cymetric dataset.npz (on --manifold/--polynomial).")
    Path from;

    @Override
    public Integer call() {
        if (from != null) {
            return evaluateFile();
        }
        if (points < 1) {
            throw new IllegalArgumentException("--points must be >= 1, got " + points);
        }
        Format fmt = switch (format) {
            case "metricflow" -> Format.METRICFLOW;
            case "cymetric" -> Format.CYMETRIC;
            default -> throw new IllegalArgumentException("unknown --format '" + format
                    + "' (valid: metricflow, cymetric)");
        };
        int workers = threads == null ? Parallel.defaultThreads() : threads;
        if (workers < 1) {
            throw new IllegalArgumentException("--threads must be >= 1, got " + workers);
        }
        ProjectiveHypersurface x = hypersurface();
        MemoryBudget.require("--points " + points, (double) points * bytesPerPoint(x));
        OutputPaths.requireWritableFile(out, "--out");
        OutputPaths.requireWritableDirectory(plot, "--plot");
        List<String> warnings = new ArrayList<>();
        x.calabiYauWarning().ifPresent(warnings::add);
        long t0 = System.nanoTime();
        PointSample s = new LineIntersectionSampler(x, SamplerOptions.defaults().withSeed(seed).withThreads(workers))
                .sample(points);
        double seconds = (System.nanoTime() - t0) * 1e-9;
        SingularPointSearch.near(s).ifPresent(z -> {
            throw new IllegalArgumentException("the polynomial is singular on X at z = " + complexPoint(z)
                    + " (∇p = 0 there): κ, σ and the weights of a singular variety are not those of a smooth "
                    + "Calabi-Yau; choose a smooth member");
        });
        MongeAmpereEstimate e = MongeAmpere.fubiniStudy(s);
        if (out != null) {
            if (fmt == Format.CYMETRIC) {
                CymetricDataset.of(s, valSplit).write(out);
            } else {
                PointSampleFiles.write(out, s);
            }
        }
        ObjectNode root = Json.object();
        root.put("manifold", x.name());
        root.put("polynomial", x.polynomial().toString());
        root.put("points", s.size());
        root.put("lines", e.lines());
        root.put("rejected", s.rejections().total());
        ObjectNode reasons = root.putObject("rejected_by_reason");
        s.rejections().byReason().forEach((k, v) -> reasons.put(k.name().toLowerCase(Locale.ROOT), v));
        putEstimate(root, "kappa", e.kappa());
        putEstimate(root, "volume_omega", e.volumeOmega());
        Json.putNumber(root, "volume_fs", x.volumeFubiniStudy());
        putEstimate(root, "sigma_fs", e.sigma());
        Json.putNumber(root, "seconds", seconds);
        root.put("seed", seed);
        ArrayNode warn = root.putArray("warnings");
        warnings.forEach(warn::add);
        if (out != null) {
            root.put("out", out.toString());
        }
        if (distances) {
            root.set("distances", distances(x, s, workers));
        }
        if (plot != null) {
            root.set("plot", plot(s, workers));
        }
        print(root);
        return 0;
    }

    /** {@code --from}: the FS estimates on the file's points and, for a saved metric, the metric's (SavedMetrics). */
    private int evaluateFile() {
        if (out != null || distances || plot != null) {
            throw new IllegalArgumentException("--from evaluates a saved file; it cannot be combined with --out, "
                    + "--distances or --plot");
        }
        int workers = threads == null ? Parallel.defaultThreads() : threads;
        if (workers < 1) {
            throw new IllegalArgumentException("--threads must be >= 1, got " + workers);
        }
        if (!java.nio.file.Files.isRegularFile(from)) {
            throw new IllegalArgumentException("--from " + from + ": no such file");
        }
        PotentialMetric g = null;
        PointSample s;
        if (format.equals("cymetric")) {
            s = SavedMetrics.points(from, format, hypersurface());
        } else if (MetricFile.holdsMetric(from)) {
            g = MetricFile.read(from);
            s = SavedMetrics.points(from, format, g.manifold());
        } else {
            s = SavedMetrics.points(from, format, PointSampleFiles.read(from).manifold());
        }
        MongeAmpereEstimate e = MongeAmpere.fubiniStudy(s);
        ObjectNode root = Json.object();
        root.put("from", from.toString());
        root.put("manifold", s.manifold().name());
        root.put("points", s.size());
        root.put("lines", e.lines());
        putEstimate(root, "kappa", e.kappa());
        putEstimate(root, "volume_omega", e.volumeOmega());
        Json.putNumber(root, "volume_fs", s.manifold().volumeFubiniStudy());
        putEstimate(root, "sigma_fs", e.sigma());
        if (g != null) {
            root.set("metric", SavedMetrics.evaluate(g, s, workers));
        }
        if (common.json()) {
            common.out().println(Json.write(root));
            return 0;
        }
        var o = common.out();
        o.printf(Locale.ROOT, "%s: %d points from %s%n", s.manifold().name(), s.size(), from);
        for (String k : new String[] {"kappa", "volume_omega", "sigma_fs"}) {
            o.printf(Locale.ROOT, "  %-13s %.6f ± %.6f%n", k, root.get(k).asDouble(), root.get(k + "_err").asDouble());
        }
        o.printf(Locale.ROOT, "  %-13s %.6f (exact: deg/d!)%n", "volume_fs", root.get("volume_fs").asDouble());
        if (g != null) {
            o.println("  metric: " + SavedMetrics.text((ObjectNode) root.get("metric")));
        }
        return 0;
    }

    /** A point [Re z..., Im z...] as "(1.00, 0.31+0.95i, ...)", 2 decimals. */
    private static String complexPoint(double[] z) {
        int c = z.length / 2;
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < c; i++) {
            // near a degenerate singular point Gauss-Newton converges linearly: 2 decimals are what is known
            double re = Math.abs(z[i]) < 5e-3 ? 0 : z[i];
            double im = Math.abs(z[c + i]) < 5e-3 ? 0 : z[c + i];
            sb.append(i == 0 ? "" : ", ").append(im == 0 ? String.format(Locale.ROOT, "%.2f", re)
                    : String.format(Locale.ROOT, "%.2f%+.2fi", re, im));
        }
        return sb.append(')').toString();
    }

    /**
     * Memory per sampled point: coordinates 2(n+1), weight, Ω (complex), FS metric 2d² doubles and three ints,
     * twice (the sampler's per-chunk buffers and the estimators' copies).
     */
    static double bytesPerPoint(ProjectiveHypersurface x) {
        int d = x.dimension();
        return 2.0 * (8.0 * (2 * x.coordinates() + 3 + 2 * d * d) + 12);
    }

    private ProjectiveHypersurface hypersurface() {
        Complex p = complex(psi);
        if (polynomial != null) {
            return new ProjectiveHypersurface(HomogeneousPolynomial.parse(polynomial, coordinates,
                    Map.of("psi", p)), "polynomial " + polynomial);
        }
        return switch (Manifold.parse(manifold)) {
            case FERMAT_QUINTIC -> ProjectiveHypersurface.fermatQuintic();
            case FERMAT_CUBIC -> ProjectiveHypersurface.fermatCubic();
            case FERMAT_QUARTIC -> ProjectiveHypersurface.fermatQuartic();
            case DWORK -> ProjectiveHypersurface.dwork(p);
        };
    }

    /** A complex constant in the polynomial grammar (e.g. 0.5, -1, 0.5+0.2*i). */
    private static Complex complex(String text) {
        try {
            return HomogeneousPolynomial.parseConstant(text, Map.of());
        } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException("--psi '" + text + "' is not a complex number (e.g. 0.5 or "
                    + "0.5+0.2*i)");
        }
    }

    private ObjectNode distances(ProjectiveHypersurface x, PointSample s, int workers) {
        int largest = Math.min(s.size(), MAX_DISTANCE_POINTS);
        List<Integer> sizes = new ArrayList<>();
        for (long decade = 100; decade <= largest; decade *= 10) {
            for (long n : new long[] {decade, 3 * decade}) {
                if (n <= largest) {
                    sizes.add((int) n);
                }
            }
        }
        if (sizes.isEmpty() || sizes.get(sizes.size() - 1) != largest) {
            sizes.add(largest);
        }
        if (sizes.get(0) < 2) {
            throw new IllegalArgumentException("--distances needs --points >= 2, got " + s.size());
        }
        List<NearestNeighbourSummary> scan = NearestNeighbourStatistics.scan(s.points(), x.coordinates(),
                sizes.stream().mapToInt(Integer::intValue).toArray(), workers);
        ObjectNode d = Json.object();
        ArrayNode rows = d.putArray("nearest_neighbour");
        for (NearestNeighbourSummary v : scan) {
            ObjectNode r = rows.addObject();
            r.put("n", v.points());
            Json.putNumber(r, "mean", v.mean().value());
            Json.putNumber(r, "mean_err", v.mean().standardError());
            Json.putNumber(r, "min", v.min());
            Json.putNumber(r, "max", v.max());
            Json.putNumber(r, "asymptotic", NearestNeighbourStatistics.asymptoticMean(x, v.points()));
            Json.putNumber(r, "paper_3_6", 0.968 * Math.pow(v.points(), -0.184));
        }
        if (scan.size() >= 2) {
            PowerLawFit fit = NearestNeighbourStatistics.fit(scan);
            ObjectNode f = d.putObject("fit");
            Json.putNumber(f, "prefactor", fit.prefactor());
            Json.putNumber(f, "prefactor_err", fit.prefactorError());
            Json.putNumber(f, "exponent", fit.exponent());
            Json.putNumber(f, "exponent_err", fit.exponentError());
        }
        Json.putNumber(d, "asymptotic_exponent", -1.0 / (2 * x.dimension()));
        if (s.lines() > 1) {
            MonteCarloEstimate pairs = NearestNeighbourStatistics.allPairsMean(s.points(), s.line(),
                    x.coordinates(), 100_000, new Well19937c(seed));
            putEstimate(d, "all_pairs_mean", pairs);
        }
        d.put("cube_dimension", 2 * x.dimension());
        putEstimate(d, "cube_all_pairs_mean", NearestNeighbourStatistics.cubeAllPairsMean(2 * x.dimension(),
                200_000, new Well19937c(seed + 1)));
        return d;
    }

    private ObjectNode plot(PointSample s, int workers) {
        int n = Math.min(1000, s.size());
        if (batches < 1 || n / batches < clusters || clusters < 1) {
            throw new IllegalArgumentException("--plot needs 1 <= --clusters <= points per batch; got " + clusters
                    + " clusters, " + batches + " batches of " + n / Math.max(1, batches) + " points");
        }
        double[] p = s.points();
        int n1 = s.coordinates();
        int[] full = AverageLinkage.cluster(p, n1, 0, n, clusters, workers);
        BatchedClustering batched = new BatchedClustering(n / batches, clusters, MergeRule.GREEDY,
                org.metricflow.numeric.cluster.MergeLinkage.COMPLETE, workers);
        Clustering b = batched.cluster(p, n1, n);
        Clustering literal = batched.withRule(MergeRule.PAPER_LITERAL).cluster(p, n1, n);
        Path png = plot.resolve("fig2-distance-heatmaps.png");
        DistanceHeatMap.write(png, p, n1, n, Arrays.asList(null, b.labels(), full),
                List.of("no clustering", "batched (" + batches + " batches, greedy merge)", "full clustering"));
        ObjectNode o = Json.object();
        o.put("png", png.toString());
        o.put("points", n);
        o.put("clusters", clusters);
        o.put("batches", batches);
        Json.putNumber(o, "intra_distance_full", ClusterQuality.meanIntraClusterDistance(p, n1, full));
        Json.putNumber(o, "intra_distance_batched", ClusterQuality.meanIntraClusterDistance(p, n1, b.labels()));
        Json.putNumber(o, "ari_batched_vs_full", ClusterQuality.adjustedRandIndex(full, b.labels()));
        o.put("paper_literal_unassigned", literal.unassigned());
        o.put("paper_literal_duplicated", literal.duplicated());
        return o;
    }

    private static void putEstimate(ObjectNode node, String key, MonteCarloEstimate e) {
        Json.putNumber(node, key, e.value());
        Json.putNumber(node, key + "_err", e.standardError());
    }

    private void print(ObjectNode root) {
        if (common.json()) {
            common.out().println(Json.write(root));
            return;
        }
        var o = common.out();
        root.get("warnings").forEach(w -> o.println("warning: " + w.asText()));
        o.printf(Locale.ROOT, "%s: %d points from %d lines in %.2f s (%d candidates rejected)%n",
                root.get("manifold").asText(), root.get("points").asInt(), root.get("lines").asInt(),
                root.get("seconds").asDouble(), root.get("rejected").asLong());
        for (String k : new String[] {"kappa", "volume_omega", "sigma_fs"}) {
            o.printf(Locale.ROOT, "  %-13s %.6f ± %.6f%n", k, root.get(k).asDouble(), root.get(k + "_err").asDouble());
        }
        o.printf(Locale.ROOT, "  %-13s %.6f (exact: deg/d!)%n", "volume_fs", root.get("volume_fs").asDouble());
        if (root.has("out")) {
            o.println("  wrote " + root.get("out").asText());
        }
        if (root.has("distances")) {
            var d = root.get("distances");
            o.printf("  nearest-neighbour FS distance (rad):%n  %8s %10s %10s %10s %10s %12s%n", "N", "mean", "min",
                    "max", "asymptotic", "paper (3.6)");
            for (var r : d.get("nearest_neighbour")) {
                o.printf(Locale.ROOT, "  %8d %10.5f %10.5f %10.5f %10.5f %12.5f%n", r.get("n").asInt(),
                        r.get("mean").asDouble(), r.get("min").asDouble(), r.get("max").asDouble(),
                        r.get("asymptotic").asDouble(), r.get("paper_3_6").asDouble());
            }
            if (d.has("fit")) {
                var f = d.get("fit");
                o.printf(Locale.ROOT, "  fit: mean = (%.4f ± %.4f) N^(%.4f ± %.4f); asymptotic exponent %.4f%n",
                        f.get("prefactor").asDouble(), f.get("prefactor_err").asDouble(), f.get("exponent").asDouble(),
                        f.get("exponent_err").asDouble(), d.get("asymptotic_exponent").asDouble());
            }
            if (d.has("all_pairs_mean")) {
                o.printf(Locale.ROOT, "  all-pairs mean FS distance %.4f; unit %d-cube all-pairs mean %.4f%n",
                        d.get("all_pairs_mean").asDouble(), d.get("cube_dimension").asInt(),
                        d.get("cube_all_pairs_mean").asDouble());
            }
        }
        if (root.has("plot")) {
            var p = root.get("plot");
            o.printf(Locale.ROOT, "  wrote %s; mean intra-cluster distance full %.4f, batched %.4f; ARI %.3f; "
                            + "literal eq. (3.3): %d unassigned, %d duplicated%n", p.get("png").asText(),
                    p.get("intra_distance_full").asDouble(), p.get("intra_distance_batched").asDouble(),
                    p.get("ari_batched_vs_full").asDouble(), p.get("paper_literal_unassigned").asInt(),
                    p.get("paper_literal_duplicated").asInt());
        }
    }
}
