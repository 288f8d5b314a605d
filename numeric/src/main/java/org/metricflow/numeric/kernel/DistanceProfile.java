package org.metricflow.numeric.kernel;

/**
 * Radial profiles k(d; σ) of a distance kernel. Eq. (3.5) prints Θ = δ_ik δ_jl e^{−d(x,x')/(2σ)} and calls it a
 * Gaussian with "variance σ"; as printed the exponent is linear in d (a Laplace/exponential kernel, with σ a length
 * scale of 2σ, not a variance). Both readings are offered, named for what they are (see docs/ERRATA.md).
 */
public enum DistanceProfile {
    /** k = exp(−d/(2σ)), eq. (3.5) exactly as printed (exponential/Laplace kernel). */
    PRINTED_EXPONENTIAL {
        @Override
        public double value(double d, double sigma) {
            return Math.exp(-d / (2 * sigma));
        }
    },
    /** k = exp(−d²/(2σ²)), a true Gaussian in the distance with standard deviation σ. */
    GAUSSIAN {
        @Override
        public double value(double d, double sigma) {
            return Math.exp(-d * d / (2 * sigma * sigma));
        }
    };

    /** k(d; σ); decreasing in d ≥ 0, equal to 1 at d = 0. */
    public abstract double value(double d, double sigma);
}
