package org.metricflow.numeric.kahler;

/**
 * A potential velocity on X, φ̇ = a ln(det g/|Ω|²) + b R up to a constant (the numeric image of
 * symbolic.functionals.PotentialVelocityForm: the Ricci-flat background's det g⁰ is |Ω|² up to a constant).
 *
 * @param logVolumeRatio a
 * @param scalar         b
 */
public record PotentialVelocity(double logVolumeRatio, double scalar) {

    public PotentialVelocity {
        if (!Double.isFinite(logVolumeRatio) || !Double.isFinite(scalar) || (logVolumeRatio == 0 && scalar == 0)) {
            throw new IllegalArgumentException("a velocity needs finite coefficients, not both 0; got "
                    + logVolumeRatio + ", " + scalar);
        }
    }

    /** v at a point with R_x = det g/|Ω|² and scalar curvature R. */
    public double at(double volumeRatio, double r) {
        return logVolumeRatio * Math.log(volumeRatio) + (scalar == 0 ? 0 : scalar * r);
    }
}
