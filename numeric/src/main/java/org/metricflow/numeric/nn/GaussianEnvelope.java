package org.metricflow.numeric.nn;

import org.metricflow.numeric.Inputs;

/**
 * h(x) = exp(−c0 − c1 |x|²): the deterministic normaliser of Gauss-net, 1/√(exp(2(σ_b² + σ_w²|x|²/d))), with
 * c0 = σ_b², c1 = σ_w²/d. Jet: ∂_j h = −2c1 x_j h, ∂_j∂_k h = (4c1² x_j x_k − 2c1 δ_jk) h.
 *
 * @param inputDimension d ≥ 1
 * @param c0             constant term (finite)
 * @param c1             coefficient of |x|² (finite)
 */
public record GaussianEnvelope(int inputDimension, double c0, double c1) implements ScalarFieldJet {

    public GaussianEnvelope {
        Inputs.requireRange("inputDimension", inputDimension, 1, 1 << 12);
        if (!Double.isFinite(c0) || !Double.isFinite(c1)) {
            throw new IllegalArgumentException("envelope coefficients must be finite, got c0 = " + c0 + ", c1 = " + c1);
        }
    }

    @Override
    public void jet(double[] x, int xOff, int order, double[] out) {
        JetLayout layout = new JetLayout(inputDimension, order);
        double r2 = 0;
        for (int j = 0; j < inputDimension; j++) {
            r2 += x[xOff + j] * x[xOff + j];
        }
        double h = Math.exp(-c0 - c1 * r2);
        out[0] = h;
        if (order >= 1) {
            for (int j = 0; j < inputDimension; j++) {
                out[1 + j] = -2 * c1 * x[xOff + j] * h;
            }
        }
        if (order == 2) {
            for (int j = 0; j < inputDimension; j++) {
                for (int k = j; k < inputDimension; k++) {
                    double v = 4 * c1 * c1 * x[xOff + j] * x[xOff + k] - (j == k ? 2 * c1 : 0.0);
                    out[layout.second(j, k)] = v * h;
                }
            }
        }
    }
}
