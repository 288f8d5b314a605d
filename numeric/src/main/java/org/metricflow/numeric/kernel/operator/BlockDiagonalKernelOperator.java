package org.metricflow.numeric.kernel.operator;

import java.util.Objects;
import org.metricflow.numeric.Inputs;
import org.metricflow.numeric.kernel.Kernel;

/**
 * The kernel restricted to clusters (paper §3.1): Θ(y_a, x_b) is kept when a and b lie in the same cluster and
 * dropped otherwise, so out_a = Σ_{b ∈ c(a)} Θ(y_a, x_b) w_b v_b. Clusters are given as assignments
 * {@code clusters[b] ∈ [0, C)} of the column (training) points, every cluster non-empty, and — for prediction at
 * other row points — {@code rowClusters[a] ∈ [0, C)}. Each block is applied matrix-free (O(N) memory) or, with
 * {@code denseBlocks}, from its kernel matrix formed once (memory 8·Σ_c rows_c·cols_c bytes, see
 * {@link #blockEntries}; fastest for repeated application).
 */
public final class BlockDiagonalKernelOperator implements KernelOperator {

    private final int rows;
    private final int columns;
    private final int[][] rowMembers;
    private final int[][] columnMembers;
    private final KernelOperator[] blocks;

    /**
     * Training operator (rows = columns).
     *
     * @param kernel      the kernel
     * @param points      flat points
     * @param weights     w_b, or null for all ones
     * @param clusters    cluster index of each point, in [0, C) with every cluster non-empty
     * @param denseBlocks whether to form each block's matrix once
     * @param threads     worker threads for the matrix-free blocks
     */
    public BlockDiagonalKernelOperator(Kernel kernel, double[] points, double[] weights, int[] clusters,
                                       boolean denseBlocks, int threads) {
        this(kernel, null, null, points, clusters, weights, denseBlocks, threads);
    }

    /**
     * Prediction operator: row point a sees the column points of cluster {@code rowClusters[a]} only.
     *
     * @param rowPoints      flat row points, or null for the training operator (then rowClusters is ignored)
     * @param rowClusters    cluster of each row point, in [0, C)
     * @param columnPoints   flat column (training) points
     * @param columnClusters cluster of each column point, in [0, C), every cluster non-empty
     */
    public BlockDiagonalKernelOperator(Kernel kernel, double[] rowPoints, int[] rowClusters, double[] columnPoints,
                                       int[] columnClusters, double[] weights, boolean denseBlocks, int threads) {
        Objects.requireNonNull(kernel, "kernel");
        int d = kernel.inputDimension();
        this.columns = Inputs.requirePoints("points", columnPoints, d);
        double[] w = Fields.weights(weights, columns);
        this.columnMembers = members("clusters", columnClusters, columns, -1);
        int count = columnMembers.length;
        boolean square = rowPoints == null;
        this.rows = square ? columns : Inputs.requirePoints("rowPoints", rowPoints, d);
        this.rowMembers = square ? columnMembers : members("rowClusters", rowClusters, rows, count);
        blocks = new KernelOperator[count];
        for (int c = 0; c < count; c++) {
            if (rowMembers[c].length == 0) {
                continue;
            }
            double[] cols = gather(columnPoints, columnMembers[c], d);
            double[] subW = w == null ? null : new double[columnMembers[c].length];
            for (int i = 0; subW != null && i < subW.length; i++) {
                subW[i] = w[columnMembers[c][i]];
            }
            double[] rowSub = square ? null : gather(rowPoints, rowMembers[c], d);
            if (denseBlocks) {
                blocks[c] = new DenseKernelOperator(kernel, square ? cols : rowSub, cols, subW);
            } else {
                blocks[c] = new MatrixFreeKernelOperator(kernel, rowSub, cols, subW, threads);
            }
        }
    }

    /**
     * Entries Σ_c rows_c·cols_c of the dense blocks for these assignments ({@code rowClusters} null: the training
     * operator, rows = columns): 8 bytes each when the blocks are formed.
     */
    public static long blockEntries(int[] rowClusters, int[] columnClusters) {
        int count = 0;
        for (int c : columnClusters) {
            count = Math.max(count, c + 1);
        }
        long[] nc = new long[count];
        for (int c : columnClusters) {
            nc[c]++;
        }
        long[] nr = new long[count];
        for (int c : rowClusters == null ? columnClusters : rowClusters) {
            if (c >= 0 && c < count) {
                nr[c]++;
            }
        }
        long sum = 0;
        for (int c = 0; c < count; c++) {
            sum += nr[c] * nc[c];
        }
        return sum;
    }

    /** Members of each cluster; {@code count} < 0: the clusters are 0..max without gaps, else labels in [0, count). */
    private static int[][] members(String name, int[] clusters, int n, int count) {
        if (clusters == null || clusters.length != n) {
            throw new IllegalArgumentException(name + " must assign each of the " + n + " points, got "
                    + (clusters == null ? "null" : clusters.length + " entries"));
        }
        boolean free = count < 0;
        int c0 = free ? 0 : count;
        for (int a = 0; a < n; a++) {
            if (clusters[a] < 0 || !free && clusters[a] >= count) {
                throw new IllegalArgumentException(name + "[" + a + "] must be in [0, " + (free ? "C" : count)
                        + "), got " + clusters[a]);
            }
            c0 = free ? Math.max(c0, clusters[a] + 1) : c0;
        }
        int[] sizes = new int[c0];
        for (int c : clusters) {
            sizes[c]++;
        }
        int[][] out = new int[c0][];
        for (int c = 0; c < c0; c++) {
            if (free && sizes[c] == 0) {
                throw new IllegalArgumentException("cluster " + c + " is empty; clusters must be numbered 0.."
                        + (c0 - 1) + " without gaps");
            }
            out[c] = new int[sizes[c]];
        }
        int[] fill = new int[c0];
        for (int a = 0; a < n; a++) {
            out[clusters[a]][fill[clusters[a]]++] = a;
        }
        return out;
    }

    private static double[] gather(double[] points, int[] idx, int d) {
        double[] sub = new double[idx.length * d];
        for (int i = 0; i < idx.length; i++) {
            System.arraycopy(points, idx[i] * d, sub, i * d, d);
        }
        return sub;
    }

    /** Number of clusters. */
    public int clusterCount() {
        return columnMembers.length;
    }

    @Override
    public int rows() {
        return rows;
    }

    @Override
    public int columns() {
        return columns;
    }

    @Override
    public void apply(double[] v, int components, double[] out) {
        KernelOperator.checkApply(this, v, components, out);
        for (int c = 0; c < blocks.length; c++) {
            if (blocks[c] == null) {
                continue;
            }
            int[] cols = columnMembers[c];
            double[] sub = new double[cols.length * components];
            for (int i = 0; i < cols.length; i++) {
                System.arraycopy(v, cols[i] * components, sub, i * components, components);
            }
            int[] idx = rowMembers[c];
            double[] res = new double[idx.length * components];
            blocks[c].apply(sub, components, res);
            for (int i = 0; i < idx.length; i++) {
                System.arraycopy(res, i * components, out, idx[i] * components, components);
            }
        }
    }
}
