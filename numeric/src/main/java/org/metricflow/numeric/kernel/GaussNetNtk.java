package org.metricflow.numeric.kernel;

import java.util.Objects;
import org.metricflow.numeric.nn.GaussNetArchitecture;
import org.metricflow.numeric.nn.Parameterisation;
import org.metricflow.numeric.nn.TrainedLayers;

/**
 * The frozen tangent kernel of a {@link GaussNetArchitecture}. With u = w·x + b ~ N(0, σ_w²|x|²/d + σ_b²) and
 * h(x) = exp(−σ_b² − σ_w²|x|²/d): E[e^{u} e^{u'}] = exp(½ Var(u + u')) = exp(σ_w²|x + x'|²/(2d) + 2σ_b²), so
 * K(x, x') = h(x)h(x') E[e^u e^{u'}] = exp(−σ_w²|x − x'|²/(2d)) =: G. Hence
 * <ul>
 *   <li>readout trained: Θ̄ = A² G (standard), A² σ_a² G (NTK);</li>
 *   <li>all layers: ∂φ/∂w_il = (A/√N) a_i h e^{u_i} x_l, ∂φ/∂b_i = (A/√N) a_i h e^{u_i}: standard
 *       Θ̄ = A² G [1 + σ_a²(1 + x·x')]; NTK Θ̄ = A² σ_a² G [1 + σ_b² + σ_w² x·x'/d].</li>
 * </ul>
 *
 * @param architecture the architecture (its width is irrelevant here)
 */
public record GaussNetNtk(GaussNetArchitecture architecture) implements Kernel {

    public GaussNetNtk {
        Objects.requireNonNull(architecture, "architecture");
    }

    @Override
    public int inputDimension() {
        return architecture.inputDimension();
    }

    @Override
    public double value(double[] x, int xOff, double[] y, int yOff) {
        GaussNetArchitecture g = architecture;
        int d = g.inputDimension();
        double r2 = 0;
        double xy = 0;
        for (int j = 0; j < d; j++) {
            double xj = x[xOff + j];
            double yj = y[yOff + j];
            r2 += (xj - yj) * (xj - yj);
            xy += xj * yj;
        }
        boolean ntk = g.parameterisation() == Parameterisation.NTK;
        double sa2 = g.sigmaA() * g.sigmaA();
        double base = g.amplitude() * g.amplitude() * (ntk ? sa2 : 1.0)
                * Math.exp(-g.sigmaW() * g.sigmaW() * r2 / (2.0 * d));
        if (g.trained() == TrainedLayers.LAST) {
            return base;
        }
        return ntk
                ? base * (1.0 + g.sigmaB() * g.sigmaB() + g.sigmaW() * g.sigmaW() * xy / d)
                : base * (1.0 + sa2 * (1.0 + xy));
    }
}
