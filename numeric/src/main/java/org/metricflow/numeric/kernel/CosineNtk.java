package org.metricflow.numeric.kernel;

import java.util.Objects;
import org.metricflow.numeric.nn.CosineArchitecture;
import org.metricflow.numeric.nn.CosineForm;
import org.metricflow.numeric.nn.Parameterisation;

/**
 * The frozen (N → ∞) tangent kernel of a {@link CosineArchitecture}, derived as follows. With u = w·x + b,
 * b ~ U(−π, π): E_b[cos(u)cos(u')] = E_b[sin(u)sin(u')] = ½cos(w·(x − x')), and for w ~ N(0, σ_w²/d · I),
 * E_w[cos(w·r)] = exp(−σ_w²|r|²/(2d)) =: G(r).
 * <ul>
 *   <li>Plane wave, readout trained (eq. (2.33)): Θ̄ = A² E[cos u cos u'] = (A²/2) G — eq. (2.35). Under NTK
 *       parameterisation (a = σ_a â, gradient in â) times σ_a².</li>
 *   <li>Plane wave, all layers: the hidden gradients ∂φ/∂w_il = −(A/√N) a_i sin(u_i) x_l and ∂φ/∂b_i =
 *       −(A/√N) a_i sin(u_i) add A² E[a²] ½G (x·x' + 1): standard Θ̄ = (A²/2) G [1 + σ_a²(1 + x·x')]; NTK
 *       Θ̄ = (A²σ_a²/2) G [2 + σ_w² x·x'/d]. Not translation invariant — only the readout-trained network has the
 *       Gaussian kernel the paper uses.</li>
 *   <li>Printed form (Σ_j outside the cosine), readout trained: Θ̄ = (A²/2) Σ_{j,j'} E[cos(w_j x_j − w_{j'} x'_{j'})]
 *       = (A²/2)[Σ_j e^{−σ_w²(x_j − x'_j)²/(2d)} + Σ_{j≠j'} e^{−σ_w²(x_j² + x'_{j'}²)/(2d)}].</li>
 * </ul>
 *
 * @param architecture the architecture (its width is irrelevant here)
 */
public record CosineNtk(CosineArchitecture architecture) implements Kernel {

    public CosineNtk {
        Objects.requireNonNull(architecture, "architecture");
    }

    @Override
    public int inputDimension() {
        return architecture.inputDimension();
    }

    @Override
    public double value(double[] x, int xOff, double[] y, int yOff) {
        CosineArchitecture c = architecture;
        int d = c.inputDimension();
        double half = 0.5 * c.amplitude() * c.amplitude();
        if (c.form() == CosineForm.PRINTED) {
            double readoutScale = c.parameterisation() == Parameterisation.NTK ? c.sigmaA() * c.sigmaA() : 1.0;
            return half * readoutScale * printedSum(x, xOff, y, yOff, d, c.sigmaW() * c.sigmaW() / (2.0 * d));
        }
        return GaussianRidgeNtk.value(x, xOff, y, yOff, d, half, c.sigmaA(), c.sigmaW(), 2.0, c.parameterisation(),
                c.trained());
    }

    /** Σ_{j,j'} E[cos(w_j x_j − w_j' y_j')] for the printed form. */
    private static double printedSum(double[] x, int xOff, double[] y, int yOff, int d, double s) {
        double diagonal = 0;
        double sx = 0;
        double sy = 0;
        double sameIndex = 0;
        for (int j = 0; j < d; j++) {
            double xj = x[xOff + j];
            double yj = y[yOff + j];
            diagonal += Math.exp(-s * (xj - yj) * (xj - yj));
            double ex = Math.exp(-s * xj * xj);
            double ey = Math.exp(-s * yj * yj);
            sx += ex;
            sy += ey;
            sameIndex += ex * ey;
        }
        return diagonal + (sx * sy - sameIndex);
    }
}
