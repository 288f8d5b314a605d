package org.metricflow.numeric.kernel.operator;

import org.metricflow.numeric.Parallel;
import static org.metricflow.numeric.kernel.TiledKernel.TILE;

import java.util.Arrays;
import org.metricflow.numeric.kernel.Kernel;
import org.metricflow.numeric.kernel.PreparedPoints;
import org.metricflow.numeric.kernel.TiledKernel;

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
        Parallel.run(threads, t -> {
            double[][][] acc = new double[tiles][m][TILE];
            partial[t] = acc;
            double[] k0 = new double[TILE];
            double[] k1 = new double[TILE];
            double[] scratch = new double[TILE * Math.max(1, kernel.scratchPerEntry())];
            double[] sums = new double[4];
            for (int i = 0; i < tiles; i++) {
                if (owner(i, threads) != t) {
                    continue;
                }
                int lenI = TiledKernel.tileLength(pts, i);
                for (int j = i; j < tiles; j++) {
                    double[][] wvI = wv[i];
                    double[][] wvJ = wv[j];
                    double[][] accI = acc[i];
                    double[][] accJ = acc[j];
                    // two rows at a time: each field value and accumulator entry is loaded once for both
                    for (int ai = 0; ai < lenI; ai += 2) {
                        boolean two = ai + 1 < lenI;
                        segment(kernel, pts, i, ai, j, k0, scratch);
                        if (two) {
                            segment(kernel, pts, i, ai + 1, j, k1, scratch);
                        } else {
                            Arrays.fill(k1, 0.0);
                        }
                        int p = 0;
                        for (; p + 1 < m; p += 2) {
                            dot22(k0, k1, wvJ[p], wvJ[p + 1], sums);
                            accI[p][ai] += sums[0];
                            accI[p + 1][ai] += sums[2];
                            if (two) {
                                accI[p][ai + 1] += sums[1];
                                accI[p + 1][ai + 1] += sums[3];
                            }
                        }
                        if (p < m) {
                            accI[p][ai] += dot(k0, wvJ[p]);
                            if (two) {
                                accI[p][ai + 1] += dot(k1, wvJ[p]);
                            }
                        }
                        for (p = 0; p < m; p++) {
                            axpy2(k0, wvI[p][ai], k1, two ? wvI[p][ai + 1] : 0.0, accJ[p]);
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
        Parallel.run(threads, t -> {
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

    /**
     * Kernel row segment of point i·TILE + ai against column tile j, with entries beyond the tile zeroed and, on a
     * diagonal tile, the lower triangle zeroed (covered by the transposed update) and the diagonal halved (it is
     * added through both updates).
     */
    private static void segment(TiledKernel kernel, PreparedPoints pts, int i, int ai, int j, double[] k,
                                double[] scratch) {
        kernel.row(pts, i * TILE + ai, pts, j, k, scratch);
        Arrays.fill(k, TiledKernel.tileLength(pts, j), TILE, 0.0);
        if (i == j) {
            Arrays.fill(k, 0, ai, 0.0);
            k[ai] *= 0.5;
        }
    }

    /** out = {Σ k0·v, Σ k1·v, Σ k0·w, Σ k1·w} over a tile: two rows × two components per pass. */
    private static void dot22(double[] k0, double[] k1, double[] v, double[] w, double[] out) {
        double a0 = 0;
        double a1 = 0;
        double b0 = 0;
        double b1 = 0;
        double c0 = 0;
        double c1 = 0;
        double e0 = 0;
        double e1 = 0;
        for (int j = 0; j < TILE; j += 2) {
            double v0 = v[j];
            double v1 = v[j + 1];
            double w0 = w[j];
            double w1 = w[j + 1];
            double x0 = k0[j];
            double x1 = k0[j + 1];
            double y0 = k1[j];
            double y1 = k1[j + 1];
            a0 += x0 * v0;
            a1 += x1 * v1;
            b0 += y0 * v0;
            b1 += y1 * v1;
            c0 += x0 * w0;
            c1 += x1 * w1;
            e0 += y0 * w0;
            e1 += y1 * w1;
        }
        out[0] = a0 + a1;
        out[1] = b0 + b1;
        out[2] = c0 + c1;
        out[3] = e0 + e1;
    }

    /** acc[j] += c0·k0[j] + c1·k1[j] over a tile. */
    private static void axpy2(double[] k0, double c0, double[] k1, double c1, double[] acc) {
        for (int j = 0; j < TILE; j++) {
            acc[j] += c0 * k0[j] + c1 * k1[j];
        }
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

}
