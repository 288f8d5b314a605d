package org.metricflow.verification.claims.kernel;

import java.util.Locale;
import org.hipparchus.random.Well19937c;
import org.metricflow.numeric.kernel.EmpiricalNtk;
import org.metricflow.numeric.kernel.MetricKernelMatrix;
import org.metricflow.numeric.nn.CosineArchitecture;
import org.metricflow.numeric.nn.Network;
import org.metricflow.numeric.nn.RescaledNetwork;
import org.metricflow.numeric.nn.ScalarFieldJet;
import org.metricflow.numeric.nn.TrainedLayers;
import org.metricflow.verification.Budget;
import org.metricflow.verification.CheckResult;
import org.metricflow.verification.Claim;

/**
 * Eq. (2.16): the network h(x)φ(x) with deterministic h has tangent kernel h(x)h(x')Θ_φ(x, x') at any width (exact
 * identity, checked on empirical NTKs from parameter Jacobians; h = g̃^{−1/4} of the round sphere, all layers trained).
 */
final class RescalingTrickClaim implements Claim {

    @Override
    public String id() {
        return "kernel.rescaling-trick";
    }

    @Override
    public String equation() {
        return "eq. (2.16)";
    }

    @Override
    public String statement() {
        return "By construction an identity (kept as a unit test, not a verify claim: it tests the integrator or "
                + "the shared Jacobian code, not the paper): "
                + "Θ_{hφ}(x, x') = h(x) h(x') Θ_φ(x, x') for deterministic h (finite width, h = g̃^{-1/4}).";
    }

    @Override
    public CheckResult check(Budget budget) {
        CosineArchitecture arch = CosineArchitecture.normalised(2, budget.scale(64, 512), 1.5)
                .withTrained(TrainedLayers.ALL);
        Network phi = arch.initialise(1, new Well19937c(budget.seed()));
        ScalarFieldJet h = ScalarFieldJet.power(SphereMetric.DETERMINANT, -0.25);
        double[] pts = Points.box(8, 2, 1.5, budget.seed());
        MetricKernelMatrix plain = EmpiricalNtk.byJacobians(phi, pts, pts);
        MetricKernelMatrix rescaled = EmpiricalNtk.byJacobians(new RescaledNetwork(h, phi), pts, pts);
        double worst = 0;
        for (int a = 0; a < 8; a++) {
            for (int b = 0; b < 8; b++) {
                double expected = h.value(pts, 2 * a) * h.value(pts, 2 * b) * plain.get(a, 0, b, 0);
                worst = Math.max(worst, Math.abs(rescaled.get(a, 0, b, 0) - expected) / Math.abs(expected));
            }
        }
        return CheckResult.compare("max relative deviation from h(x)h(x')Θ_φ", worst, 0, 1e-12, String.format(
                Locale.ROOT, "cosine network, all layers trained, width %d, 8 points in [-1.5, 1.5]²", arch.width()));
    }
}
