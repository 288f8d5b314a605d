package org.metricflow.numeric.kernel.operator;

import org.metricflow.numeric.Inputs;
import org.metricflow.numeric.kernel.TiledKernel;

/** Layout helpers for fields over points: point-major {@code v[b·m + p]} ↔ component-major {@code [p][b]}. */
final class Fields {

    private Fields() {
    }

    /** Tiled copy {@code [b / TILE][p][b % TILE]} of w_b v[b·m + p] (w = null means all ones), zero-padded. */
    static double[][][] weightedTiles(double[] v, int m, double[] weights, int n) {
        int tile = TiledKernel.TILE;
        double[][][] out = new double[(n + tile - 1) / tile][m][tile];
        for (int b = 0; b < n; b++) {
            double w = weights == null ? 1.0 : weights[b];
            for (int p = 0; p < m; p++) {
                out[b / tile][p][b % tile] = w * v[b * m + p];
            }
        }
        return out;
    }

    /** Writes tiled {@code src[a / TILE][p][a % TILE]} to point-major {@code out[a·m + p]}. */
    static void tilesToPointMajor(double[][][] src, int n, double[] out) {
        int tile = TiledKernel.TILE;
        int m = src.length == 0 ? 0 : src[0].length;
        for (int a = 0; a < n; a++) {
            for (int p = 0; p < m; p++) {
                out[a * m + p] = src[a / tile][p][a % tile];
            }
        }
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
