package org.metricflow.numeric.kernel;

import org.metricflow.numeric.Inputs;

/**
 * The normalised Gaussian of eq. (2.27) (with ᾱ = 1): Θ̄_σ(x, x') = (2πσ²)^{−d/2} exp(−|x − x'|²/(2σ²)), a
 * δ-sequence on R^d as σ → 0 (units length^{−d}). It is the readout kernel of the cosine network with the corrected
 * amplitude of eq. (2.36) and σ = √d/σ_w.
 *
 * @param inputDimension d ≥ 1
 * @param sigma          σ > 0 (a standard deviation, units of x)
 */
public record NormalisedGaussian(int inputDimension, double sigma) implements Kernel {

    public NormalisedGaussian {
        Inputs.requireRange("inputDimension", inputDimension, 1, 1 << 12);
        Inputs.requirePositive("sigma", sigma);
    }

    @Override
    public double value(double[] x, int xOff, double[] y, int yOff) {
        double r2 = 0;
        for (int j = 0; j < inputDimension; j++) {
            double t = x[xOff + j] - y[yOff + j];
            r2 += t * t;
        }
        return Math.pow(2 * Math.PI * sigma * sigma, -0.5 * inputDimension) * Math.exp(-r2 / (2 * sigma * sigma));
    }
}
