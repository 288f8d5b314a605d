package org.metricflow.numeric.kernel;

import org.hipparchus.analysis.integration.gauss.GaussIntegrator;
import org.hipparchus.analysis.integration.gauss.GaussIntegratorFactory;
import org.metricflow.numeric.nn.Inputs;

/**
 * The ReLU layer expectations by tensor Gauss–Hermite quadrature (Hipparchus rule with n nodes per dimension) after
 * a Cholesky factorisation: u = √k11 z1, v = √k22 (ρ z1 + √(1 − ρ²) z2), z ~ N(0, I),
 * E[F] = (1/π) Σ_ij w_i w_j F(√2 t_i, √2 t_j). The independent numerical route of neural-tangents for
 * nonlinearities without a closed form; for ReLU the kinks limit it to algebraic convergence in n (relative error
 * ~1e-3 at n = 48, see the tests). Hipparchus builds Hermite rules in extended precision, which takes seconds beyond
 * n ≈ 64, hence the limit. {@link PolarReluExpectations} is the accurate quadrature.
 */
public final class GaussHermiteReluExpectations implements ReluExpectations {

    private final double[] nodes;
    private final double[] weights;

    /** A rule with {@code points} nodes per dimension (2..64). */
    public GaussHermiteReluExpectations(int points) {
        Inputs.requireRange("points", points, 2, 64);
        GaussIntegrator rule = new GaussIntegratorFactory().hermite(points);
        nodes = new double[points];
        weights = new double[points];
        for (int i = 0; i < points; i++) {
            nodes[i] = Math.sqrt(2.0) * rule.getPoint(i);
            weights[i] = rule.getWeight(i) / Math.sqrt(Math.PI);
        }
    }

    @Override
    public void compute(double k11, double k12, double k22, double[] out) {
        double s1 = Math.sqrt(k11);
        double s2 = Math.sqrt(k22);
        if (!(s1 > 0) || !(s2 > 0)) {
            out[0] = 0.0;
            out[1] = 0.0;
            return;
        }
        double rho = Math.max(-1.0, Math.min(1.0, k12 / (s1 * s2)));
        double perp = Math.sqrt(Math.max(0.0, 1 - rho * rho));
        double t = 0;
        double tDot = 0;
        for (int i = 0; i < nodes.length; i++) {
            double u = s1 * nodes[i];
            for (int j = 0; j < nodes.length; j++) {
                double v = s2 * (rho * nodes[i] + perp * nodes[j]);
                double w = weights[i] * weights[j];
                if (u > 0 && v > 0) {
                    t += w * u * v;
                    tDot += w;
                }
            }
        }
        out[0] = t;
        out[1] = tDot;
    }
}
