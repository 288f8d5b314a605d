package org.metricflow.numeric.kernel;

/**
 * The matrix-free loops: the kernel is evaluated tile by tile (rows of {@value #TILE} entries into a per-thread
 * buffer) and immediately contracted with the field, so no N×N matrix ever exists. Work is split statically over
 * threads (row tiles dealt out in a snake order), so results are reproducible for a given thread count.
 */
final class TileSweep {

    /** Tile edge (entries); a row segment plus the field tile stay in L1/L2. */
    static final int TILE = 256;

    private TileSweep() {
    }

    /** Which thread owns row tile i: a snake order 0,1,…,T−1,T−1,…,1,0,0,1,… balances the triangular work. */
    private static int owner(int i, int threads) {
        int r = i % (2 * threads);
        return r < threads ? r : 2 * threads - 1 - r;
    }

    /**
     * Symmetric kernel on one point set: out[p][a] = Σ_b Θ(x_a, x_b) wv[p][b]. Only tiles J ≥ I are evaluated; each
     * entry updates both out[a] and out[b]. Extra memory: threads·m·N accumulators; {@code out} is overwritten.
     */
    static void symmetric(TiledKernel kernel, PreparedPoints pts, double[][] wv, double[][] out, int threads) {
        int n = pts.size();
        int m = wv.length;
        int tiles = (n + TILE - 1) / TILE;
        double[][][] partial = new double[threads][][];
        Workers.run(threads, t -> {
            double[][] acc = new double[m][n];
            partial[t] = acc;
            double[] k = new double[TILE];
            double[] scratch = new double[TILE * Math.max(1, kernel.scratchPerEntry())];
            for (int i = 0; i < tiles; i++) {
                if (owner(i, threads) != t) {
                    continue;
                }
                int a0 = i * TILE;
                int a1 = Math.min(n, a0 + TILE);
                for (int j = i; j < tiles; j++) {
                    int b0 = j * TILE;
                    int b1 = Math.min(n, b0 + TILE);
                    for (int a = a0; a < a1; a++) {
                        int bs = i == j ? a : b0;
                        int len = b1 - bs;
                        kernel.row(pts, a, pts, bs, b1, k, scratch);
                        if (i == j) {
                            k[0] *= 0.5; // the diagonal entry is added through both updates below
                        }
                        for (int p = 0; p < m; p++) {
                            double[] accP = acc[p];
                            double[] wvP = wv[p];
                            accP[a] += dot(k, wvP, bs, len);
                            axpy(k, wvP[a], accP, bs, len);
                        }
                    }
                }
            }
        });
        for (int p = 0; p < m; p++) {
            double[] o = out[p];
            System.arraycopy(partial[0][p], 0, o, 0, n);
            for (int t = 1; t < threads; t++) {
                double[] q = partial[t][p];
                for (int a = 0; a < n; a++) {
                    o[a] += q[a];
                }
            }
        }
    }

    /** General rows × columns: out[p][a] = Σ_b Θ(y_a, x_b) wv[p][b]; threads own disjoint row tiles. */
    static void general(TiledKernel kernel, PreparedPoints rowPts, PreparedPoints colPts, double[][] wv,
                        double[][] out, int threads) {
        int rows = rowPts.size();
        int cols = colPts.size();
        int m = wv.length;
        int tiles = (rows + TILE - 1) / TILE;
        Workers.run(threads, t -> {
            double[] k = new double[TILE];
            double[] scratch = new double[TILE * Math.max(1, kernel.scratchPerEntry())];
            for (int i = t; i < tiles; i += threads) {
                int a1 = Math.min(rows, (i + 1) * TILE);
                for (int a = i * TILE; a < a1; a++) {
                    for (int p = 0; p < m; p++) {
                        out[p][a] = 0.0;
                    }
                    for (int b0 = 0; b0 < cols; b0 += TILE) {
                        int b1 = Math.min(cols, b0 + TILE);
                        kernel.row(rowPts, a, colPts, b0, b1, k, scratch);
                        for (int p = 0; p < m; p++) {
                            out[p][a] += dot(k, wv[p], b0, b1 - b0);
                        }
                    }
                }
            }
        });
    }

    /** Σ_j k[j] v[off + j] with four partial sums (instruction-level parallelism). */
    private static double dot(double[] k, double[] v, int off, int len) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int j = 0;
        for (; j + 3 < len; j += 4) {
            s0 += k[j] * v[off + j];
            s1 += k[j + 1] * v[off + j + 1];
            s2 += k[j + 2] * v[off + j + 2];
            s3 += k[j + 3] * v[off + j + 3];
        }
        for (; j < len; j++) {
            s0 += k[j] * v[off + j];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** acc[off + j] += c·k[j]. */
    private static void axpy(double[] k, double c, double[] acc, int off, int len) {
        for (int j = 0; j < len; j++) {
            acc[off + j] += c * k[j];
        }
    }
}
