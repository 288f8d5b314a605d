package org.metricflow.examples;

import java.util.Locale;
import org.hipparchus.random.Well19937c;
import org.metricflow.numeric.kernel.CosineNtk;
import org.metricflow.numeric.kernel.EmpiricalNtk;
import org.metricflow.numeric.kernel.operator.KernelOperator;
import org.metricflow.numeric.kernel.operator.KernelOperators;
import org.metricflow.numeric.kernel.MetricKernelMatrix;
import org.metricflow.numeric.nn.CosineArchitecture;
import org.metricflow.numeric.nn.MetricNetworks;
import org.metricflow.numeric.nn.Network;

/**
 * The cosine metric network of §2.3.2: one network per component of a 2×2 metric (3 independent components), its
 * empirical metric-NTK against the normalised Gaussian frozen kernel, and one kernel-flow velocity
 * −Σ_b Θ(x_a, x_b) w_b δl/δg(x_b) applied matrix-free.
 */
public final class CosineKernelExample {

    private CosineKernelExample() {
    }

    public static void main(String[] args) {
        int d = 2;
        CosineArchitecture arch = CosineArchitecture.normalised(d, 1 << 14, 3.0);
        System.out.printf(Locale.ROOT, "A = %.6f (eq. 2.36 prints %.6f), σ = √d/σ_w = %.4f%n", arch.amplitude(),
                CosineArchitecture.printedAmplitude(d, arch.sigmaW()), arch.kernelWidth());

        Network g = MetricNetworks.perComponent(arch, 3, new Well19937c(42)); // g11, g12, g22
        double[] x = {0.0, 0.0, 0.2, 0.1, -0.3, 0.4};                           // three points in R²
        MetricKernelMatrix theta = EmpiricalNtk.of(g, x, x);
        CosineNtk frozen = new CosineNtk(arch);
        System.out.printf(Locale.ROOT, "Θ_11,11(x0,x1) = %.5f, frozen %.5f; Θ_11,12 = %.1f (separate networks)%n",
                theta.get(0, 0, 1, 0), frozen.value(x, 0, x, 2), theta.get(0, 0, 1, 1));
        System.out.printf(Locale.ROOT, "relative distance to δ_pq Θ̄: %.4f (N = %d)%n",
                theta.relativeDistance(frozen, x, x), arch.width());

        double[] gradient = {1, 0, 1, 1, 0, 1, 1, 0, 1};                        // δl/δg at each point, 3 components
        double[] velocity = new double[gradient.length];
        KernelOperator op = KernelOperators.training(frozen, x, null);
        op.apply(gradient, 3, velocity);
        System.out.printf(Locale.ROOT, "Σ_b Θ̄(x_0, x_b) δl/δg_11(x_b) = %.5f%n", velocity[0]);
    }
}
