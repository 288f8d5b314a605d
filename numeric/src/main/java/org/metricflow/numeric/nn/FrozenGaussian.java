package org.metricflow.numeric.nn;

import org.metricflow.numeric.Inputs;

/**
 * The Gaussian frozen readout kernel shared by the cosine and Gauss-net architectures: with w ~ N(0, σ_w²/d · I) it
 * is ∝ exp(−|x − x'|²/(2σ²)) with σ = √d/σ_w (eq. (2.37)).
 */
final class FrozenGaussian {

    private FrozenGaussian() {
    }

    /** σ = √d/σ_w. */
    static double width(int d, double sigmaW) {
        return Math.sqrt(d) / sigmaW;
    }

    /** A = (σ_w/√(2πd))^{d/2} = (2πσ²)^{−d/4}: makes A² exp(−|r|²/(2σ²)) integrate to 1 over R^d. */
    static double unitAmplitude(int d, double sigmaW) {
        Inputs.requireRange("d", d, 1, 1 << 12);
        Inputs.requirePositive("sigmaW", sigmaW);
        return Math.pow(sigmaW / Math.sqrt(2 * Math.PI * d), d / 2.0);
    }
}
