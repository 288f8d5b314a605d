package org.metricflow.numeric.kernel;

import static org.metricflow.numeric.kernel.TiledKernel.TILE;

import java.util.Arrays;

/**
 * The matrix-free loops: the kernel is evaluated one row segment over a column tile at a time into a per-thread
 * buffer and immediately contracted with the field, so no N×N matrix ever exists. Fields are held in column tiles
 * ({@code [tile][component][j]}, zero-padded) so that kernel values and field values share indices. Work is split
 * statically over threads (row tiles dealt out in a snake order), so results are reproducible for a given thread
 * count.
 */
final class TileSweep {

    private TileSweep() {
    }

    /** Which thread owns row tile i: a snake order 0,1,…,T−1,T−1,…,1,0,0,1,… balances the triangular work. */
    private static int owner(int i, int threads) {
        int r = i % (2 * threads);
        return r < threads ? r : 2 * threads - 1 - r;
    }

    /**
     * Symmetric kernel on one point set: returns acc[tile][p][j] = Σ_b Θ(x_a, x_b) wv_p(b) for a = tile·TILE + j.
     * Only tiles J ≥ I are evaluated; each entry updates both out_a and out_b. Extra memory: threads tiled
     * accumulators (threads·m·N doubles, padded to whole tiles).
     */
    static double[][][] symmetric(TiledKernel kernel, PreparedPoints pts, double[][][] wv, int threads) {
        int tiles = wv.length;
        int m = wv[0].length;
        double[][][][] partial = new double[threads][][][];
        Workers.run(threads, t -> {
            double[][][] acc = new double[tiles][m][TILE];
            partial[t] = acc;
            double[] k = new double[TILE];
            double[] scratch = new double[TILE * Math.max(1, kernel.scratchPerEntry())];
            for (int i = 0; i < tiles; i++) {
                if (owner(i, threads) != t) {
                    continue;
                }
                int lenI = TiledKernel.tileLength(pts, i);
                for (int j = i; j < tiles; j++) {
                    int lenJ = TiledKernel.tileLength(pts, j);
                    double[][] wvI = wv[i];
                    double[][] wvJ = wv[j];
                    double[][] accI = acc[i];
                    double[][] accJ = acc[j];
                    for (int ai = 0; ai < lenI; ai++) {
                        kernel.row(pts, i * TILE + ai, pts, j, k, scratch);
                        Arrays.fill(k, lenJ, TILE, 0.0);
                        if (i == j) {
                            Arrays.fill(k, 0, ai, 0.0); // lower triangle: covered by the transposed update
                            k[ai] *= 0.5;               // the diagonal is added through both updates
                        }
                        int p = 0;
                        for (; p + 1 < m; p += 2) {
                            dot2(k, wvJ[p], wvJ[p + 1], accI[p], accI[p + 1], ai);
                        }
                        if (p < m) {
                            accI[p][ai] += dot(k, wvJ[p]);
                        }
                        for (p = 0; p < m; p++) {
                            axpy(k, wvI[p][ai], accJ[p]);
                        }
                    }
                }
            }
        });
        double[][][] sum = partial[0];
        for (int t = 1; t < threads; t++) {
            for (int i = 0; i < tiles; i++) {
                for (int p = 0; p < m; p++) {
                    double[] s = sum[i][p];
                    double[] q = partial[t][i][p];
                    for (int j = 0; j < TILE; j++) {
                        s[j] += q[j];
                    }
                }
            }
        }
        return sum;
    }

    /** General rows × columns: out[p][a] = Σ_b Θ(y_a, x_b) wv_p(b); threads own disjoint row tiles. */
    static void general(TiledKernel kernel, PreparedPoints rowPts, PreparedPoints colPts, double[][][] wv,
                        double[][] out, int threads) {
        int rows = rowPts.size();
        int colTiles = wv.length;
        int m = out.length;
        int rowTiles = (rows + TILE - 1) / TILE;
        Workers.run(threads, t -> {
            double[] k = new double[TILE];
            double[] scratch = new double[TILE * Math.max(1, kernel.scratchPerEntry())];
            for (int i = t; i < rowTiles; i += threads) {
                int a1 = Math.min(rows, (i + 1) * TILE);
                for (int a = i * TILE; a < a1; a++) {
                    for (int p = 0; p < m; p++) {
                        out[p][a] = 0.0;
                    }
                    for (int j = 0; j < colTiles; j++) {
                        kernel.row(rowPts, a, colPts, j, k, scratch);
                        Arrays.fill(k, TiledKernel.tileLength(colPts, j), TILE, 0.0);
                        for (int p = 0; p < m; p++) {
                            out[p][a] += dot(k, wv[j][p]);
                        }
                    }
                }
            }
        });
    }

    /** Σ_j k[j] v[j] over a tile, with four partial sums (instruction-level parallelism). */
    private static double dot(double[] k, double[] v) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        for (int j = 0; j < TILE; j += 4) {
            s0 += k[j] * v[j];
            s1 += k[j + 1] * v[j + 1];
            s2 += k[j + 2] * v[j + 2];
            s3 += k[j + 3] * v[j + 3];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** outV[i] += Σ_j k[j] v[j] and outW[i] += Σ_j k[j] w[j]: two components per pass, k loaded once. */
    private static void dot2(double[] k, double[] v, double[] w, double[] outV, double[] outW, int i) {
        double a0 = 0;
        double a1 = 0;
        double a2 = 0;
        double a3 = 0;
        double b0 = 0;
        double b1 = 0;
        double b2 = 0;
        double b3 = 0;
        for (int j = 0; j < TILE; j += 4) {
            double k0 = k[j];
            double k1 = k[j + 1];
            double k2 = k[j + 2];
            double k3 = k[j + 3];
            a0 += k0 * v[j];
            a1 += k1 * v[j + 1];
            a2 += k2 * v[j + 2];
            a3 += k3 * v[j + 3];
            b0 += k0 * w[j];
            b1 += k1 * w[j + 1];
            b2 += k2 * w[j + 2];
            b3 += k3 * w[j + 3];
        }
        outV[i] += (a0 + a1) + (a2 + a3);
        outW[i] += (b0 + b1) + (b2 + b3);
    }

    /** acc[j] += c·k[j] over a tile. */
    private static void axpy(double[] k, double c, double[] acc) {
        for (int j = 0; j < TILE; j++) {
            acc[j] += c * k[j];
        }
    }
}
