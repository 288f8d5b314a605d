package org.metricflow.examples;

import java.nio.file.Path;
import org.metricflow.flows.cy.EpochOptions;
import org.metricflow.flows.cy.PotentialFlow;
import org.metricflow.numeric.kahler.AlgebraicMetric;
import org.metricflow.numeric.kahler.BalancedRun;
import org.metricflow.numeric.kahler.Donaldson;
import org.metricflow.numeric.kahler.MetricFile;
import org.metricflow.numeric.manifold.ProjectiveHypersurface;
import org.metricflow.numeric.metric.MongeAmpereEstimate;
import org.metricflow.numeric.sampling.LineIntersectionSampler;
import org.metricflow.numeric.sample.PointSample;
import org.metricflow.numeric.sampling.SamplerOptions;

/**
 * A Ricci-flat metric on the Fermat quintic from a global Kähler potential: Donaldson's balanced metric at k = 4,
 * then the Monge–Ampère flow on H (appendix B) for 20 epochs; prints σ on unseen points and writes the metric at
 * those points to an .npz file that {@code examples/peers/cy_sigma_from_npz.py} re-checks. Run:
 * {@code java -cp examples/target/metricflow.jar org.metricflow.examples.CalabiYauMetricExample [out.npz]}.
 */
public final class CalabiYauMetricExample {

    private CalabiYauMetricExample() {
    }

    public static void main(String[] args) {
        ProjectiveHypersurface quintic = ProjectiveHypersurface.fermatQuintic();
        SamplerOptions opts = SamplerOptions.defaults();
        PointSample train = new LineIntersectionSampler(quintic, opts.withSeed(1)).sample(20_000);
        PointSample test = new LineIntersectionSampler(quintic, opts.withSeed(2)).sample(20_000);
        PointSample balance = new LineIntersectionSampler(quintic, opts.withSeed(3)).sample(25_000);
        System.out.printf("Fubini-Study: sigma = %s%n", AlgebraicMetric.multinomial(quintic, 1).estimate(test,
                opts.threads()).sigma());
        BalancedRun run = Donaldson.balance(AlgebraicMetric.multinomial(quintic, 4), balance, 10, 1e-4,
                opts.threads(), i -> { });
        System.out.printf("balanced k=4: sigma = %s (%d iterations, %.1f CPU-s)%n",
                run.metric().estimate(test, opts.threads()).sigma(), run.iterations(), run.cpuSeconds());
        PotentialFlow flow = new PotentialFlow(run.metric(), train,
                new EpochOptions(20, 2000, 0.005, 0.93, 1, opts.threads()));
        AlgebraicMetric trained = flow.run(e -> System.out.printf("epoch %2d: loss %.3e, sigma (train batches) %.4f, %.1f CPU-s%n", e.epoch(),
                e.loss(), e.sigma(), e.cpuSeconds()));
        MongeAmpereEstimate e = trained.estimate(test, opts.threads());
        System.out.printf("trained: sigma = %s, kappa = %s, Vol_g = %s (Vol_FS = %.5f)%n", e.sigma(), e.kappa(),
                e.volumeMetric(), quintic.volumeFubiniStudy());
        Path out = Path.of(args.length > 0 ? args[0] : "quintic-metric.npz");
        MetricFile.write(out, trained, test, opts.threads());
        System.out.println("wrote " + out);
    }
}
