package org.metricflow.examples;

import java.nio.file.Path;
import org.metricflow.flows.cy.EpochOptions;
import org.metricflow.flows.cy.NetworkPotentialFlow;
import org.metricflow.numeric.kahler.Activation;
import org.metricflow.numeric.kahler.AlgebraicMetric;
import org.metricflow.numeric.kahler.MetricFile;
import org.metricflow.numeric.kahler.NetworkMetric;
import org.metricflow.numeric.kahler.PotentialNetwork;
import org.metricflow.numeric.kahler.ProjectorFeatures;
import org.metricflow.numeric.manifold.ProjectiveHypersurface;
import org.metricflow.numeric.metric.MongeAmpereEstimate;
import org.metricflow.numeric.sample.PointSample;
import org.metricflow.numeric.sampling.LineIntersectionSampler;
import org.metricflow.numeric.sampling.SamplerOptions;

/**
 * A network Kähler potential on the Fermat quintic: K = ln|z|²/π + φ_θ(z z^†/|z|²) with a 2 × 64 softplus MLP,
 * trained by the Monge–Ampère flow on θ (exact ∂∂̄φ and exact gradients); prints σ on unseen points per epoch and
 * writes the metric to an .npz file ({@code cy eval}, {@code sample --from}). Run:
 * {@code java -cp examples/target/metricflow.jar org.metricflow.examples.NetworkPotentialExample [out.npz]}.
 */
public final class NetworkPotentialExample {

    private NetworkPotentialExample() {
    }

    public static void main(String[] args) {
        ProjectiveHypersurface quintic = ProjectiveHypersurface.fermatQuintic();
        SamplerOptions opts = SamplerOptions.defaults();
        PointSample train = new LineIntersectionSampler(quintic, opts.withSeed(1)).sample(10_000);
        PointSample test = new LineIntersectionSampler(quintic, opts.withSeed(2)).sample(10_000);
        AlgebraicMetric fs = AlgebraicMetric.multinomial(quintic, 1);
        System.out.printf("Fubini-Study: sigma = %s%n", fs.estimate(test, opts.threads()).sigma());
        PotentialNetwork net = new PotentialNetwork(ProjectorFeatures.count(quintic.coordinates()),
                new int[] {64, 64}, Activation.SOFTPLUS, quintic.dimension());
        NetworkPotentialFlow flow = new NetworkPotentialFlow(fs, net, net.initial(1), train,
                new EpochOptions(15, 500, 0.01, 0.95, 1, opts.threads()));
        NetworkMetric trained = flow.run(e -> System.out.printf("epoch %2d: loss %.3e, sigma test %s, %.1f CPU-s%n", e.epoch(), e.loss(),
                e.metric().estimate(test, opts.threads()).sigma(), e.cpuSeconds()));
        MongeAmpereEstimate e = trained.estimate(test, opts.threads());
        System.out.printf("trained: sigma = %s, kappa = %s, Vol_g = %s (Vol_FS = %.5f)%n", e.sigma(), e.kappa(),
                e.volumeMetric(), quintic.volumeFubiniStudy());
        Path out = Path.of(args.length > 0 ? args[0] : "quintic-network-metric.npz");
        MetricFile.write(out, trained, test, opts.threads());
        System.out.println("wrote " + out);
    }
}
