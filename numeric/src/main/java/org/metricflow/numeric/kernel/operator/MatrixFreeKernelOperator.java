package org.metricflow.numeric.kernel.operator;

import org.metricflow.numeric.Parallel;
import java.util.Objects;
import org.metricflow.numeric.Inputs;
import org.metricflow.numeric.kernel.Kernel;
import org.metricflow.numeric.kernel.PreparedPoints;
import org.metricflow.numeric.kernel.TiledKernel;

/**
 * Applies a kernel without ever forming the kernel matrix: entries are computed tile by tile and contracted with the
 * field on the fly, on {@code threads} threads. Extra memory O((threads + 2)·m·N) doubles plus the prepared points —
 * never N². On one point set (training operator) the kernel's symmetry halves the work: each evaluated entry Θ(x_a,
 * x_b) serves both out_a and out_b.
 */
public final class MatrixFreeKernelOperator implements KernelOperator {

    private final TiledKernel kernel;
    private final PreparedPoints rowPoints;
    private final PreparedPoints columnPoints;
    private final double[] weights;
    private final int threads;

    /**
     * Training operator on one point set.
     *
     * @param kernel  the kernel (tiled fast path if it has one)
     * @param points  flat points, kernel.inputDimension() values each
     * @param weights w_b per point, or null for all ones
     * @param threads worker threads, 1..available processors
     */
    public MatrixFreeKernelOperator(Kernel kernel, double[] points, double[] weights, int threads) {
        this(kernel, null, points, weights, threads);
    }

    /**
     * Prediction operator: rows are {@code rowPoints} (e.g. test points), columns the training points.
     *
     * @param rowPoints flat row points, or null for the training operator (rows = columns, symmetric path)
     */
    public MatrixFreeKernelOperator(Kernel kernel, double[] rowPoints, double[] columnPoints, double[] weights,
                                    int threads) {
        this.kernel = TiledKernel.of(Objects.requireNonNull(kernel, "kernel"));
        this.columnPoints = this.kernel.prepare(columnPoints);
        this.rowPoints = rowPoints == null ? null : this.kernel.prepare(rowPoints);
        this.weights = Fields.weights(weights, this.columnPoints.size());
        this.threads = Inputs.requireRange("threads", threads, 1, Parallel.defaultThreads());
    }

    @Override
    public int rows() {
        return rowPoints == null ? columnPoints.size() : rowPoints.size();
    }

    @Override
    public int columns() {
        return columnPoints.size();
    }

    @Override
    public void apply(double[] v, int components, double[] out) {
        KernelOperator.checkApply(this, v, components, out);
        double[][][] wv = Fields.weightedTiles(v, components, weights, columns());
        if (rowPoints == null) {
            Fields.tilesToPointMajor(TileSweep.symmetric(kernel, columnPoints, wv, threads), rows(), out);
        } else {
            double[][] result = new double[components][rows()];
            TileSweep.general(kernel, rowPoints, columnPoints, wv, result, threads);
            Fields.toPointMajor(result, rows(), out);
        }
    }
}
