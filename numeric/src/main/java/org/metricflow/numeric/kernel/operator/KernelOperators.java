package org.metricflow.numeric.kernel.operator;

import org.metricflow.numeric.Parallel;
import org.metricflow.numeric.kernel.FubiniStudyKernel;
import org.metricflow.numeric.kernel.Kernel;
import org.metricflow.numeric.kernel.ReluNtk;

/**
 * Entry points for the kernel flows: pick the operator by problem size. The kernels a flow on the quintic needs are
 * {@link FubiniStudyKernel} (printed exponential or true Gaussian profile), {@link ReluNtk} on the 10 real input
 * coordinates (via the pointwise path; dense per cluster is fastest for it), and {@link DeltaKernelOperator}.
 */
public final class KernelOperators {

    /** Up to this many points the training operator is dense (a 2048² matrix is 32 MiB). */
    public static final int DENSE_LIMIT = 2048;

    private KernelOperators() {
    }

    /** Training operator out_a = Σ_b Θ(x_a, x_b) w_b v_b: dense for N ≤ {@value #DENSE_LIMIT}, else matrix-free. */
    public static KernelOperator training(Kernel kernel, double[] points, double[] weights) {
        if (kernel == null) {
            throw new IllegalArgumentException("kernel must not be null");
        }
        int n = points == null ? 0 : points.length / Math.max(1, kernel.inputDimension());
        return n <= DENSE_LIMIT ? new DenseKernelOperator(kernel, points, weights)
                : new MatrixFreeKernelOperator(kernel, points, weights, Parallel.defaultThreads());
    }

    /** Prediction at test points, out_t = Σ_b Θ(y_t, x_b) w_b v_b, matrix-free on all processors. */
    public static KernelOperator prediction(Kernel kernel, double[] testPoints, double[] trainPoints,
                                            double[] weights) {
        if (testPoints == null) {
            throw new IllegalArgumentException("testPoints must not be null");
        }
        return new MatrixFreeKernelOperator(kernel, testPoints, trainPoints, weights, Parallel.defaultThreads());
    }

    /** Block-diagonal training operator over clusters, matrix-free blocks on all processors. */
    public static KernelOperator clustered(Kernel kernel, double[] points, double[] weights, int[] clusters) {
        return new BlockDiagonalKernelOperator(kernel, points, weights, clusters, false, Parallel.defaultThreads());
    }
}
