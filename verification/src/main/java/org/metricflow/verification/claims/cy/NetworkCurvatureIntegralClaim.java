package org.metricflow.verification.claims.cy;

import java.util.Random;
import org.metricflow.numeric.kahler.Activation;
import org.metricflow.numeric.kahler.AlgebraicMetric;
import org.metricflow.numeric.kahler.CurvatureEstimate;
import org.metricflow.numeric.kahler.CurvatureValues;
import org.metricflow.numeric.kahler.NetworkMetric;
import org.metricflow.numeric.kahler.PotentialNetwork;
import org.metricflow.numeric.kahler.ProjectorFeatures;
import org.metricflow.numeric.kahler.ScalarCurvature;
import org.metricflow.numeric.manifold.ProjectiveHypersurface;
import org.metricflow.numeric.sample.PointSample;
import org.metricflow.verification.Budget;
import org.metricflow.verification.CheckResult;
import org.metricflow.verification.Claim;
import org.metricflow.verification.Mutation;

/**
 * On a Calabi–Yau ∫R dvol_g = 0 for every Kähler metric (∫R ω^d ∝ c₁(X)·[ω]^{d−1} = 0): the exact scalar curvature
 * of a network metric g = g_alg + ∂∂̄φ_θ (k = 2 multinomial H, random 16×16 softplus network) on the Fermat cubic
 * must average to 0 over dvol_g within 4 standard errors, while ⟨|R|⟩ is of order 1. The topology, not the code,
 * fixes the reference.
 */
public final class NetworkCurvatureIntegralClaim implements Claim {

    @Override
    public String id() {
        return "kahler.network-curvature-integral";
    }

    @Override
    public String equation() {
        return "c_1(X) = 0: integral of R dvol_g vanishes (docs/cy-metrics.md, Network potential)";
    }

    @Override
    public String statement() {
        return "the exact scalar curvature of a network-potential metric on the Fermat cubic has mean R = 0 over "
                + "dvol_g within 4 SE";
    }

    @Override
    public Mutation mutation() {
        return Mutation.planted("R of the metric with phi negated, weighted by the volume of the metric with phi");
    }

    @Override
    public CheckResult check(Budget budget) {
        ProjectiveHypersurface x = ProjectiveHypersurface.fermatCubic();
        AlgebraicMetric alg = AlgebraicMetric.multinomial(x, 2);
        PotentialNetwork net = new PotentialNetwork(ProjectorFeatures.count(x.coordinates()), new int[] {16, 16},
                Activation.SOFTPLUS, x.dimension());
        double[] theta = net.initial(budget.seed());
        double[] negated = theta.clone();
        Random r = new Random(budget.seed() + 7);
        for (int i = theta.length - 16; i < theta.length; i++) {
            theta[i] = SCALE * r.nextGaussian();
            negated[i] = -theta[i];
        }
        PointSample s = CySamples.sample(x, budget.scale(20_000, 100_000), budget, 97);
        CurvatureValues v = ScalarCurvature.values(new NetworkMetric(alg, net, theta), s, 2);
        double[] scalar = budget.planted(1, 0) == 1 ? v.scalar()
                : ScalarCurvature.values(new NetworkMetric(alg, net, negated), s, 2).scalar();
        CurvatureEstimate e = ScalarCurvature.estimate(s, new CurvatureValues(v.det(), scalar));
        return CheckResult.compare("mean R of the network metric", e.mean().value(), 0,
                CySamples.PULL * e.mean().standardError(), s.size() + " points: mean R "
                        + CySamples.describe(e.mean()) + ", mean |R| " + CySamples.describe(e.meanAbs()));
    }

    /** Size of the output weights: ∂∂̄φ a sizeable part of g that keeps g positive. */
    private static final double SCALE = 0.3;
}
