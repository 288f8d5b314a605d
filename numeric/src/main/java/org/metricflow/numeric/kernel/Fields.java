package org.metricflow.numeric.kernel;

import org.metricflow.numeric.nn.Inputs;

/** Layout helpers for fields over points: point-major {@code v[b·m + p]} ↔ component-major {@code [p][b]}. */
final class Fields {

    private Fields() {
    }

    /** Component-major copy of w_b v[b·m + p] (w = null means all ones). */
    static double[][] weightedComponents(double[] v, int m, double[] weights, int n) {
        double[][] out = new double[m][n];
        for (int b = 0; b < n; b++) {
            double w = weights == null ? 1.0 : weights[b];
            for (int p = 0; p < m; p++) {
                out[p][b] = w * v[b * m + p];
            }
        }
        return out;
    }

    /** Writes component-major {@code src[p][a]} to point-major {@code out[a·m + p]}. */
    static void toPointMajor(double[][] src, int n, double[] out) {
        int m = src.length;
        for (int a = 0; a < n; a++) {
            for (int p = 0; p < m; p++) {
                out[a * m + p] = src[p][a];
            }
        }
    }

    /** Validated copy of quadrature weights (null stays null: all ones); length n, finite. */
    static double[] weights(double[] weights, int n) {
        if (weights == null) {
            return null;
        }
        if (weights.length != n) {
            throw new IllegalArgumentException("weights must have one entry per point (" + n + "), got "
                    + weights.length);
        }
        Inputs.requireFinite("weights", weights, 0, n);
        return weights.clone();
    }
}
