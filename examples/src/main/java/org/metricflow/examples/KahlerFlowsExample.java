package org.metricflow.examples;

import org.metricflow.flows.cy.EpochOptions;
import org.metricflow.flows.cy.KahlerFlow;
import org.metricflow.flows.cy.PotentialFlow;
import org.metricflow.numeric.kahler.AlgebraicMetric;
import org.metricflow.numeric.kahler.BalancedRun;
import org.metricflow.numeric.kahler.CurvatureEstimate;
import org.metricflow.numeric.kahler.CurvatureValues;
import org.metricflow.numeric.kahler.Donaldson;
import org.metricflow.numeric.kahler.ScalarCurvature;
import org.metricflow.numeric.manifold.ProjectiveHypersurface;
import org.metricflow.numeric.metric.MongeAmpere;
import org.metricflow.numeric.sample.PointSample;
import org.metricflow.numeric.sampling.LineIntersectionSampler;
import org.metricflow.numeric.sampling.SamplerOptions;

/**
 * The three potential flows of appendix B — Monge–Ampère, Kähler–Ricci and Calabi — acting on H of the k = 3
 * algebraic potential on the Fermat cubic, from the same balanced metric: each approaches the flat metric, σ and the
 * mean |R| of the scalar curvature fall toward 0 (and the mean of R stays 0, as on every metric of a torus). Run:
 * {@code java -cp examples/target/metricflow.jar org.metricflow.examples.KahlerFlowsExample}.
 */
public final class KahlerFlowsExample {

    private KahlerFlowsExample() {
    }

    public static void main(String[] args) {
        ProjectiveHypersurface cubic = ProjectiveHypersurface.fermatCubic();
        SamplerOptions opts = SamplerOptions.defaults();
        PointSample train = new LineIntersectionSampler(cubic, opts.withSeed(1)).sample(10_000);
        PointSample test = new LineIntersectionSampler(cubic, opts.withSeed(2)).sample(10_000);
        PointSample balance = new LineIntersectionSampler(cubic, opts.withSeed(3)).sample(100_000);
        print("Fubini-Study", AlgebraicMetric.multinomial(cubic, 1), test, opts.threads());
        BalancedRun run = Donaldson.balance(AlgebraicMetric.multinomial(cubic, 3), balance, 20, 1e-6,
                opts.threads(), i -> { });
        print("balanced k=3", run.metric(), test, opts.threads());
        for (KahlerFlow f : KahlerFlow.values()) {
            PotentialFlow flow = new PotentialFlow(run.metric(), train,
                    new EpochOptions(10, 2000, 0.005, 0.93, 1, opts.threads()), f);
            print(f + " flow, 10 epochs", flow.run(e -> { }), test, opts.threads());
        }
    }

    private static void print(String what, AlgebraicMetric g, PointSample test, int threads) {
        CurvatureValues v = ScalarCurvature.values(g, test, threads);
        CurvatureEstimate r = ScalarCurvature.estimate(test, v);
        System.out.printf("%-32s sigma = %s, mean |R| = %s, mean R = %s%n", what,
                MongeAmpere.of(test, v.det()).sigma(), r.meanAbs(), r.mean());
    }
}
