package org.metricflow.verification.claims.kernel;

import org.metricflow.numeric.nn.JetLayout;
import org.metricflow.numeric.nn.ScalarFieldJet;

/**
 * The round unit 2-sphere in stereographic coordinates: g̃_ij = 4/(1 + |x|²)² δ_ij, so det g̃ = 16/(1 + |x|²)^4 —
 * a curved reference metric with an exact determinant jet (∂_j det = −128 x_j/q^5, ∂_j∂_k det = 1280 x_j x_k/q^6 −
 * 128 δ_jk/q^5, q = 1 + |x|²).
 */
final class SphereMetric implements ScalarFieldJet {

    static final SphereMetric DETERMINANT = new SphereMetric();

    private SphereMetric() {
    }

    @Override
    public int inputDimension() {
        return 2;
    }

    @Override
    public void jet(double[] x, int xOff, int order, double[] out) {
        double q = 1 + x[xOff] * x[xOff] + x[xOff + 1] * x[xOff + 1];
        out[0] = 16 / Math.pow(q, 4);
        if (order >= 1) {
            for (int j = 0; j < 2; j++) {
                out[1 + j] = -128 * x[xOff + j] / Math.pow(q, 5);
            }
        }
        if (order == 2) {
            JetLayout l = new JetLayout(2, 2);
            for (int j = 0; j < 2; j++) {
                for (int k = j; k < 2; k++) {
                    out[l.second(j, k)] = 1280 * x[xOff + j] * x[xOff + k] / Math.pow(q, 6)
                            - (j == k ? 128 / Math.pow(q, 5) : 0.0);
                }
            }
        }
    }
}
