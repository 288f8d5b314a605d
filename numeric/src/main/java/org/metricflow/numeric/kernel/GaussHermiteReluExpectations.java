package org.metricflow.numeric.kernel;

import org.hipparchus.analysis.integration.gauss.GaussIntegrator;
import org.hipparchus.analysis.integration.gauss.GaussIntegratorFactory;
import org.metricflow.numeric.Inputs;

/**
 * The ReLU layer expectations by tensor Gauss–Hermite quadrature (Hipparchus rule with n nodes per dimension) after
 * a Cholesky factorisation: u = √k11 z1, v = √k22 (ρ z1 + √(1 − ρ²) z2), z ~ N(0, I),
 * E[F] = (1/π) Σ_ij w_i w_j F(√2 t_i, √2 t_j). The independent numerical route of neural-tangents for
 * nonlinearities without a closed form; for ReLU the kinks limit it to algebraic convergence in n (relative error
 * ~1e-3 at n = 48, see the tests). Hipparchus builds Hermite rules in extended precision, which takes seconds beyond
 * n ≈ 64, hence the limit. {@link PolarReluExpectations} is the accurate quadrature.
 */
public final class GaussHermiteReluExpectations extends CorrelatedReluQuadrature {

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
    void integrate(double s1, double s2, double rho, double perp, double[] out) {
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
