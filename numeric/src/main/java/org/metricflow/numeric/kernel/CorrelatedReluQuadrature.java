package org.metricflow.numeric.kernel;

/**
 * Common front end of the quadrature {@link ReluExpectations}: factors the covariance as u = s1 z1,
 * v = s2 (ρ z1 + √(1 − ρ²) z2) with z ~ N(0, I), s1 = √k11, s2 = √k22, ρ = k12/(s1 s2) clamped to [−1, 1], and
 * returns T = Ṫ = 0 when either variance vanishes.
 */
abstract class CorrelatedReluQuadrature implements ReluExpectations {

    @Override
    public final void compute(double k11, double k12, double k22, double[] out) {
        double s1 = Math.sqrt(k11);
        double s2 = Math.sqrt(k22);
        if (!(s1 > 0) || !(s2 > 0)) {
            out[0] = 0.0;
            out[1] = 0.0;
            return;
        }
        double rho = Math.max(-1.0, Math.min(1.0, k12 / (s1 * s2)));
        double perp = Math.sqrt(Math.max(0.0, 1 - rho * rho));
        integrate(s1, s2, rho, perp, out);
    }

    /**
     * Writes E[relu(u) relu(v)] to {@code out[0]} and E[step(u) step(v)] to {@code out[1]} for
     * u = s1 z1, v = s2 (rho z1 + perp z2), z ~ N(0, I); s1, s2 > 0, perp = √(1 − rho²).
     */
    abstract void integrate(double s1, double s2, double rho, double perp, double[] out);
}
