package org.metricflow.examples;

import org.metricflow.numeric.kahler.AlgebraicMetric;
import org.metricflow.numeric.kahler.BalancedRun;
import org.metricflow.numeric.kahler.Donaldson;
import org.metricflow.numeric.kahler.MonomialBasis;
import org.metricflow.numeric.manifold.ProjectiveHypersurface;
import org.metricflow.numeric.metric.MongeAmpereEstimate;
import org.metricflow.numeric.sampling.LineIntersectionSampler;
import org.metricflow.numeric.sample.PointSample;
import org.metricflow.numeric.sampling.SamplerOptions;

/**
 * Donaldson's balanced metrics on a Fermat hypersurface for k = 1..kMax: σ on unseen points (with its Monte Carlo
 * error), the balanced residual and the CPU time per k. Run:
 * {@code java -cp examples/target/metricflow.jar org.metricflow.examples.BalancedMetricExample [coordinates] [kMax]}
 * (defaults: 5 = the quintic, kMax = 4).
 */
public final class BalancedMetricExample {

    private BalancedMetricExample() {
    }

    public static void main(String[] args) {
        int coordinates = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int kMax = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        ProjectiveHypersurface x = ProjectiveHypersurface.fermat(coordinates);
        SamplerOptions opts = SamplerOptions.defaults();
        PointSample test = new LineIntersectionSampler(x, opts.withSeed(2)).sample(20_000);
        MongeAmpereEstimate fs = AlgebraicMetric.multinomial(x, 1).estimate(test, opts.threads());
        System.out.printf("%s: sigma_FS = %s%n", x.name(), fs.sigma());
        for (int k = 1; k <= kMax; k++) {
            int n = MonomialBasis.of(x, k).size();
            int points = Math.max(20_000, 5 * n * n);
            PointSample train = new LineIntersectionSampler(x, opts.withSeed(100 + k)).sample(points);
            BalancedRun run = Donaldson.balance(AlgebraicMetric.multinomial(x, k), train, 12, 1e-4, opts.threads(),
                    i -> { });
            MongeAmpereEstimate e = run.metric().estimate(test, opts.threads());
            System.out.printf("k=%d N_k=%d points=%d iterations=%d residual=%.2e sigma=%s vol=%s cpu=%.1fs%n", k, n,
                    points, run.iterations(), run.residual(), e.sigma(), e.volumeMetric(), run.cpuSeconds());
        }
    }
}
