package org.metricflow.numeric.kernel;

import java.util.Objects;
import org.metricflow.numeric.nn.GaussNetArchitecture;

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
        return GaussianRidgeNtk.value(x, xOff, y, yOff, g.inputDimension(), g.amplitude() * g.amplitude(), g.sigmaA(),
                g.sigmaW(), 1.0 + g.sigmaB() * g.sigmaB(), g.parameterisation(), g.trained());
    }
}
