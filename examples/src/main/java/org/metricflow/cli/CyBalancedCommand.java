package org.metricflow.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import org.hipparchus.stat.regression.OLSMultipleLinearRegression;
import org.metricflow.numeric.kahler.AlgebraicMetric;
import org.metricflow.numeric.kahler.BalancedRun;
import org.metricflow.numeric.kahler.MetricFile;
import org.metricflow.numeric.kahler.MonomialBasis;
import org.metricflow.numeric.manifold.ProjectiveHypersurface;
import org.metricflow.numeric.metric.MongeAmpereEstimate;
import org.metricflow.numeric.sample.PointSample;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code metricflow cy balanced}: Donaldson's balanced metrics for a list of k, σ_k on unseen points, the fit. */
@Command(name = "balanced", mixinStandardHelpOptions = true, showDefaultValues = true,
        description = {"Donaldson's balanced metrics H = T(H)^-1 for each --k; sigma, kappa and Vol_g on unseen points "
                + "(with Monte Carlo errors), CPU time, and the fit sigma_k = a/k^2 + b/k^3."})
final class CyBalancedCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Mixin
    CyOptions cy;

    @Option(names = "--k", split = ",", defaultValue = "1,2,3,4", paramLabel = "K",
            description = "Degrees of the sections (comma list).")
    int[] ks;

    @Option(names = "--points", paramLabel = "N",
            description = "Balancing points per k (default: max(100000, 5 N_k^2); at least N_k^2).")
    Integer points;

    @Option(names = "--iterations", defaultValue = "12", paramLabel = "I", description = "Maximal T-iterations.")
    int iterations;

    @Option(names = "--tolerance", defaultValue = "1e-4", paramLabel = "TOL",
            description = "Stop when |H T(H) - 1|_F/sqrt(N_k) falls below this.")
    double tolerance;

    @Option(names = "--out", paramLabel = "FILE.npz",
            description = "Write the metric of the last k at the test points (docs/cy-metrics.md, 'Files').")
    Path out;

    @Option(names = "--plot", paramLabel = "DIR", description = "Write DIR/sigma-k.png.")
    Path plot;

    @Override
    public Integer call() {
        ProjectiveHypersurface x = cy.hypersurface();
        List<MonomialBasis> bases = new ArrayList<>();
        for (int k : ks) {
            MonomialBasis b = CyOptions.basis(x, k, points != null ? points : Integer.MAX_VALUE);
            bases.add(b);
        }
        PointSample test = cy.sample(x, cy.sampling.testPoints, 1);
        CyPipeline.Assessment fsA = CyPipeline.assess(AlgebraicMetric.multinomial(x, 1), test, cy.threads());
        MongeAmpereEstimate fs = fsA.metric();
        ObjectNode root = Json.object();
        root.put("manifold", x.name());
        root.set("fubini_study", CyPipeline.estimate(fsA, x));
        ArrayNode rows = root.putArray("balanced");
        List<Double> kk = new ArrayList<>();
        List<Double> sig = new ArrayList<>();
        AlgebraicMetric last = null;
        try (ProgressBar bar = Progress.bar(common, "balanced", (long) ks.length * iterations)) {
            for (MonomialBasis b : bases) {
                int n = CyPipeline.balancePoints(points, b);
                BalancedRun run = CyPipeline.balance(cy, x, b.degree(), n, iterations, tolerance, i -> {
                    if (bar != null) {
                        bar.step();
                    }
                });
                CyPipeline.Assessment a = CyPipeline.assess(run.metric(), test, cy.threads());
                MongeAmpereEstimate e = a.metric();
                ObjectNode r = CyPipeline.estimate(a, x);
                r.put("k", b.degree());
                r.put("sections", b.size());
                r.put("balance_points", n);
                r.put("iterations", run.iterations());
                Json.putNumber(r, "residual", run.residual());
                r.put("converged", run.converged());
                Json.putNumber(r, "cpu_seconds", run.cpuSeconds());
                rows.add(r);
                kk.add((double) b.degree());
                sig.add(e.sigma().value());
                last = run.metric();
                if (!common.json()) {
                    common.out().printf("k=%d N_k=%d points=%d iterations=%d residual=%.1e sigma=%s kappa=%s "
                                    + "Vol_g=%s <|R|>=%s cpu=%.1fs%n", b.degree(), b.size(), n, run.iterations(),
                            run.residual(), CyPipeline.text(e.sigma()), CyPipeline.text(e.kappa()),
                            CyPipeline.text(e.volumeMetric()), a.meanAbsR(),
                            run.cpuSeconds());
                }
            }
        }
        fit(root, kk, sig);
        if (out != null) {
            MetricFile.write(out, last, test, cy.threads());
            root.put("out", out.toString());
        }
        if (plot != null) {
            Map<String, double[][]> series = new LinkedHashMap<>();
            series.put("balanced", CyPlots.xy(kk, sig));
            root.put("plot", CyPlots.sigma(plot, "sigma-k", "sigma of balanced metrics, " + x.name(), "k", series)
                    .toString());
        }
        if (common.json()) {
            common.out().println(Json.write(root));
        } else {
            common.out().printf("%s: sigma_FS = %s <|R|>_FS = %s%n", x.name(), CyPipeline.text(fs.sigma()),
                    fsA.meanAbsR());
            if (root.has("fit_a")) {
                common.out().printf("fit sigma_k = a/k^2 + b/k^3: a = %.4f, b = %.4f%n", root.get("fit_a").asDouble(),
                        root.get("fit_b").asDouble());
            }
        }
        return 0;
    }

    /** σ_k ≈ a/k² + b/k³ by least squares (Hipparchus OLS without intercept), when three or more k are given. */
    private static void fit(ObjectNode root, List<Double> k, List<Double> sigma) {
        if (k.size() < 3) {
            return;
        }
        double[][] xs = new double[k.size()][2];
        double[] ys = new double[k.size()];
        for (int i = 0; i < ys.length; i++) {
            xs[i][0] = 1 / (k.get(i) * k.get(i));
            xs[i][1] = xs[i][0] / k.get(i);
            ys[i] = sigma.get(i);
        }
        OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
        ols.setNoIntercept(true);
        ols.newSampleData(ys, xs);
        double[] beta = ols.estimateRegressionParameters();
        Json.putNumber(root, "fit_a", beta[0]);
        Json.putNumber(root, "fit_b", beta[1]);
    }
}
