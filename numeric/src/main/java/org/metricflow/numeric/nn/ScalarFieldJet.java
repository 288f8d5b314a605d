package org.metricflow.numeric.nn;

/**
 * A deterministic scalar function h: R^d → R with its jet up to second order in the layout of {@link JetLayout}; the
 * rescaling factor of eq. (2.15), or the determinant of a reference metric from which h = g̃^{−1/4} (eq. (2.28)) is
 * built with {@link #power}.
 */
public interface ScalarFieldJet {

    /** Input dimension d. */
    int inputDimension();

    /** Writes the jet of h at x (value, ∂_j h, ∂_j∂_k h up to {@code order}) to {@code out[0 .. S)}. */
    void jet(double[] x, int xOff, int order, double[] out);

    /** The value h(x). */
    default double value(double[] x, int xOff) {
        double[] v = new double[1];
        jet(x, xOff, 0, v);
        return v[0];
    }

    /**
     * h^p by the chain rule: ∂_j(h^p) = p h^{p−1} ∂_j h, ∂_j∂_k(h^p) = p h^{p−1} ∂_j∂_k h + p(p−1) h^{p−2} ∂_j h ∂_k h.
     * The base must stay positive where evaluated (checked).
     */
    static ScalarFieldJet power(ScalarFieldJet base, double exponent) {
        if (base == null || !Double.isFinite(exponent)) {
            throw new IllegalArgumentException("power needs a base field and a finite exponent, got " + exponent);
        }
        return new ScalarFieldJet() {
            @Override
            public int inputDimension() {
                return base.inputDimension();
            }

            @Override
            public void jet(double[] x, int xOff, int order, double[] out) {
                JetLayout layout = new JetLayout(base.inputDimension(), order);
                double[] g = new double[layout.size()];
                base.jet(x, xOff, order, g);
                if (!(g[0] > 0)) {
                    throw new IllegalArgumentException("power of a field needs a positive base, got " + g[0]);
                }
                double p1 = exponent * Math.pow(g[0], exponent - 1);
                double p2 = exponent * (exponent - 1) * Math.pow(g[0], exponent - 2);
                out[0] = Math.pow(g[0], exponent);
                int d = layout.dimension();
                if (order >= 1) {
                    for (int j = 0; j < d; j++) {
                        out[1 + j] = p1 * g[1 + j];
                    }
                }
                if (order == 2) {
                    for (int j = 0; j < d; j++) {
                        for (int k = j; k < d; k++) {
                            int s = layout.second(j, k);
                            out[s] = p1 * g[s] + p2 * g[1 + j] * g[1 + k];
                        }
                    }
                }
            }
        };
    }
}
