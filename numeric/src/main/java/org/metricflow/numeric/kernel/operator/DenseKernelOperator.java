package org.metricflow.numeric.kernel.operator;

import org.metricflow.numeric.Parallel;
import java.util.Objects;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.CommonOps_MT_DDRM;
import org.metricflow.numeric.kernel.Kernel;
import org.metricflow.numeric.kernel.PreparedPoints;
import org.metricflow.numeric.kernel.TiledKernel;

/**
 * The kernel matrix K (rows × columns) formed once (EJML {@link DMatrixRMaj}, 8·rows·columns bytes) and applied as
 * out = K · diag(w) V by a (multithreaded) matrix product: the fastest choice for repeated application on small point
 * sets, e.g. a cluster of a few thousand points.
 */
public final class DenseKernelOperator implements KernelOperator {

    /** Largest matrix (entries) a dense operator may form: 2^28 (2 GiB). */
    public static final long MAX_ENTRIES = 1L << 28;

    private final DMatrixRMaj matrix;
    private final double[] weights;

    /** Training operator on one point set (weights null = all ones). */
    public DenseKernelOperator(Kernel kernel, double[] points, double[] weights) {
        this(kernel, points, points, weights);
    }

    /** Rows × columns operator, e.g. test × training points. */
    public DenseKernelOperator(Kernel kernel, double[] rowPoints, double[] columnPoints, double[] weights) {
        TiledKernel k = TiledKernel.of(Objects.requireNonNull(kernel, "kernel"));
        PreparedPoints cols = k.prepare(columnPoints);
        PreparedPoints rows = rowPoints == columnPoints ? cols : k.prepare(rowPoints);
        long entries = (long) rows.size() * cols.size();
        if (entries > MAX_ENTRIES) {
            throw new IllegalArgumentException("a dense kernel matrix of " + rows.size() + " × " + cols.size()
                    + " entries exceeds " + MAX_ENTRIES + "; use MatrixFreeKernelOperator");
        }
        this.weights = Fields.weights(weights, cols.size());
        this.matrix = new DMatrixRMaj(rows.size(), cols.size());
        int threads = Parallel.defaultThreads();
        double[] data = matrix.data;
        int nc = cols.size();
        int tiles = TiledKernel.tiles(cols);
        Parallel.run(threads, t -> {
            double[] row = new double[TiledKernel.TILE];
            double[] scratch = new double[TiledKernel.TILE * Math.max(1, k.scratchPerEntry())];
            for (int a = t; a < rows.size(); a += threads) {
                for (int j = 0; j < tiles; j++) {
                    k.row(rows, a, cols, j, row, scratch);
                    System.arraycopy(row, 0, data, a * nc + j * TiledKernel.TILE, TiledKernel.tileLength(cols, j));
                }
            }
        });
    }

    /** The kernel matrix (a copy). */
    public DMatrixRMaj matrix() {
        return matrix.copy();
    }

    @Override
    public int rows() {
        return matrix.numRows;
    }

    @Override
    public int columns() {
        return matrix.numCols;
    }

    @Override
    public void apply(double[] v, int components, double[] out) {
        KernelOperator.checkApply(this, v, components, out);
        DMatrixRMaj wv = new DMatrixRMaj(columns(), components);
        for (int b = 0; b < columns(); b++) {
            double w = weights == null ? 1.0 : weights[b];
            for (int p = 0; p < components; p++) {
                wv.data[b * components + p] = w * v[b * components + p];
            }
        }
        DMatrixRMaj result = DMatrixRMaj.wrap(rows(), components, out);
        if ((long) rows() * columns() >= 1 << 20) {
            CommonOps_MT_DDRM.mult(matrix, wv, result);
        } else {
            CommonOps_DDRM.mult(matrix, wv, result);
        }
    }
}
