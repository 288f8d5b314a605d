package org.metricflow.numeric.kernel;

import java.util.Objects;
import org.metricflow.numeric.nn.Inputs;

/**
 * The kernel restricted to clusters (paper §3.1): Θ(x_a, x_b) is kept when a and b lie in the same cluster and
 * dropped otherwise, so out_a = Σ_{b ∈ c(a)} Θ(x_a, x_b) w_b v_b. Clusters are given as an assignment
 * {@code clusters[a] ∈ [0, C)}. Each cluster is applied matrix-free (O(N) memory) or, with {@code denseBlocks},
 * from its kernel matrix formed once (memory Σ_c n_c², fastest for repeated application).
 */
public final class BlockDiagonalKernelOperator implements KernelOperator {

    private final int n;
    private final int[][] members;
    private final KernelOperator[] blocks;

    /**
     * @param kernel      the kernel
     * @param points      flat points
     * @param weights     w_b, or null for all ones
     * @param clusters    cluster index of each point, in [0, C) with every cluster non-empty
     * @param denseBlocks whether to form each block's matrix once
     * @param threads     worker threads for the matrix-free blocks
     */
    public BlockDiagonalKernelOperator(Kernel kernel, double[] points, double[] weights, int[] clusters,
                                       boolean denseBlocks, int threads) {
        Objects.requireNonNull(kernel, "kernel");
        int d = kernel.inputDimension();
        this.n = Inputs.requirePoints("points", points, d);
        double[] w = Fields.weights(weights, n);
        if (clusters == null || clusters.length != n) {
            throw new IllegalArgumentException("clusters must assign each of the " + n + " points, got "
                    + (clusters == null ? "null" : clusters.length + " entries"));
        }
        int count = 0;
        for (int a = 0; a < n; a++) {
            if (clusters[a] < 0) {
                throw new IllegalArgumentException("clusters[" + a + "] must be >= 0, got " + clusters[a]);
            }
            count = Math.max(count, clusters[a] + 1);
        }
        int[] sizes = new int[count];
        for (int c : clusters) {
            sizes[c]++;
        }
        members = new int[count][];
        for (int c = 0; c < count; c++) {
            if (sizes[c] == 0) {
                throw new IllegalArgumentException("cluster " + c + " is empty; clusters must be numbered 0.."
                        + (count - 1) + " without gaps");
            }
            members[c] = new int[sizes[c]];
        }
        int[] fill = new int[count];
        for (int a = 0; a < n; a++) {
            members[clusters[a]][fill[clusters[a]]++] = a;
        }
        blocks = new KernelOperator[count];
        for (int c = 0; c < count; c++) {
            double[] sub = new double[members[c].length * d];
            double[] subW = w == null ? null : new double[members[c].length];
            for (int i = 0; i < members[c].length; i++) {
                System.arraycopy(points, members[c][i] * d, sub, i * d, d);
                if (subW != null) {
                    subW[i] = w[members[c][i]];
                }
            }
            blocks[c] = denseBlocks ? new DenseKernelOperator(kernel, sub, subW)
                    : new MatrixFreeKernelOperator(kernel, sub, subW, threads);
        }
    }

    /** Number of clusters. */
    public int clusterCount() {
        return members.length;
    }

    @Override
    public int rows() {
        return n;
    }

    @Override
    public int columns() {
        return n;
    }

    @Override
    public void apply(double[] v, int components, double[] out) {
        KernelOperator.checkApply(this, v, components, out);
        for (int c = 0; c < members.length; c++) {
            int[] idx = members[c];
            double[] sub = new double[idx.length * components];
            for (int i = 0; i < idx.length; i++) {
                System.arraycopy(v, idx[i] * components, sub, i * components, components);
            }
            double[] res = new double[sub.length];
            blocks[c].apply(sub, components, res);
            for (int i = 0; i < idx.length; i++) {
                System.arraycopy(res, i * components, out, idx[i] * components, components);
            }
        }
    }
}
