package org.metricflow.flows.quintic;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.metricflow.numeric.cluster.BatchedClustering;
import org.metricflow.numeric.cluster.MergeLinkage;
import org.metricflow.numeric.cluster.MergeRule;
import org.metricflow.numeric.kernel.operator.BlockDiagonalKernelOperator;
import org.metricflow.numeric.kernel.operator.DeltaKernelOperator;
import org.metricflow.numeric.kernel.operator.DenseKernelOperator;
import org.metricflow.numeric.kernel.FubiniStudyKernel;
import org.metricflow.numeric.kernel.Kernel;
import org.metricflow.numeric.kernel.operator.KernelOperator;
import org.metricflow.numeric.kernel.operator.MatrixFreeKernelOperator;
import org.metricflow.numeric.kernel.ReluNtk;
import org.metricflow.numeric.nn.ReluArchitecture;

/**
 * Training and prediction operators of a {@link QuinticFlowOptions} on points of P^n stored as 2(n+1) reals. The
 * weights passed in are w_k/mean(w); continuous kernels get w_k/(N mean(w)) (the 1/N of the Monte Carlo integral),
 * the Delta kernel gets w_k (it is the discrete δ of the sampling measure, see the package documentation).
 *
 * <p>Continuous kernels are frozen, so their matrices are formed once when they fit {@link OperatorOptions#denseBytes}
 * (training and prediction together) and recomputed matrix-free at every step otherwise. With C > 1 clusters the
 * training points are clustered by the paper's batched average-linkage clustering (one-to-one greedy merge, complete
 * linkage cost) and each test point joins the cluster of its nearest training point.
 */
final class KernelOperatorFactory {

    private static final Logger LOG = LogManager.getLogger(KernelOperatorFactory.class);

    private KernelOperatorFactory() {
    }

    /** The kernel function (null for Delta). */
    static Kernel kernel(QuinticFlowOptions o, int homogeneousCoordinates) {
        return switch (o.kernel()) {
            case RELU -> ReluNtk.of(ReluArchitecture.ntk(2 * homogeneousCoordinates, 1, 1, o.sigmaW(), o.sigmaB(),
                    true));
            case GAUSSIAN -> new FubiniStudyKernel(homogeneousCoordinates, o.profile(), o.sigma());
            case DELTA -> null;
        };
    }

    /** Both operators for training points {@code points} and test points {@code testPoints}. */
    static FlowOperators operators(QuinticFlowOptions o, OperatorOptions s, int n1, double[] points,
                                   double[] testPoints, double[] meanOneWeights, int threads) {
        if (o.kernel() == QuinticKernel.DELTA) {
            var metric = DeltaKernelOperator.Metric.FUBINI_STUDY;
            return new FlowOperators(new DeltaKernelOperator(metric, 2 * n1, null, points, meanOneWeights),
                    new DeltaKernelOperator(metric, 2 * n1, testPoints, points, meanOneWeights),
                    FlowOperators.Storage.NEAREST_NEIGHBOUR, 1, 0,
                    other -> new DeltaKernelOperator(metric, 2 * n1, other, points, meanOneWeights));
        }
        Kernel k = kernel(o, n1);
        double[] w = flowWeights(o.kernel(), meanOneWeights);
        int n = meanOneWeights.length;
        int clusters = s.clustersFor(n);
        if (clusters == 1) {
            long entries = (long) n * n + (long) (testPoints.length / (2 * n1)) * n;
            if (fits(entries, s)) {
                return new FlowOperators(new DenseKernelOperator(k, points, w),
                        new DenseKernelOperator(k, testPoints, points, w), FlowOperators.Storage.DENSE, 1, 8 * entries,
                        other -> new DenseKernelOperator(k, other, points, w));
            }
            LOG.info(() -> "kernel matrices of " + 8 * entries / (1 << 20) + " MiB exceed the budget of "
                    + s.denseBytes() / (1 << 20) + " MiB: matrix-free");
            return new FlowOperators(new MatrixFreeKernelOperator(k, points, w, threads),
                    new MatrixFreeKernelOperator(k, testPoints, points, w, threads), FlowOperators.Storage.MATRIX_FREE,
                    1, 0, other -> new MatrixFreeKernelOperator(k, other, points, w, threads));
        }
        int batch = Math.min(s.batchSize(), n);
        if (clusters > batch) {
            throw new IllegalArgumentException("clusters must be <= the cluster batch size " + batch + ", got "
                    + clusters);
        }
        int[] labels = new BatchedClustering(batch, clusters, MergeRule.GREEDY, MergeLinkage.COMPLETE, threads)
                .cluster(points, n1, n).labels();
        int[] testLabels = joinNearest(n1, testPoints, points, labels);
        long entries = BlockDiagonalKernelOperator.blockEntries(null, labels)
                + BlockDiagonalKernelOperator.blockEntries(testLabels, labels);
        boolean dense = fits(entries, s);
        return new FlowOperators(new BlockDiagonalKernelOperator(k, points, w, labels, dense, threads),
                new BlockDiagonalKernelOperator(k, testPoints, testLabels, points, labels, w, dense, threads),
                dense ? FlowOperators.Storage.DENSE : FlowOperators.Storage.MATRIX_FREE, clusters,
                dense ? 8 * entries : 0, other -> new BlockDiagonalKernelOperator(k, other,
                        joinNearest(n1, other, points, labels), points, labels, w, dense, threads));
    }

    /** Cluster labels of {@code others}: each joins the cluster of its nearest training point. */
    private static int[] joinNearest(int n1, double[] others, double[] points, int[] labels) {
        int[] nearest = new DeltaKernelOperator(DeltaKernelOperator.Metric.FUBINI_STUDY, 2 * n1, others, points,
                null).nearest();
        int[] out = new int[nearest.length];
        for (int t = 0; t < out.length; t++) {
            out[t] = labels[nearest[t]];
        }
        return out;
    }

    private static boolean fits(long entries, OperatorOptions s) {
        return entries <= s.denseBytes() / 8 && entries <= DenseKernelOperator.MAX_ENTRIES;
    }

    /**
     * The weights ŵ the kernel sums carry, from w_k/mean(w): divided by N for continuous kernels (the 1/N of the Monte
     * Carlo integral), unchanged for the Delta kernel.
     */
    static double[] flowWeights(QuinticKernel kernel, double[] meanOneWeights) {
        double scale = kernel == QuinticKernel.DELTA ? 1 : 1.0 / meanOneWeights.length;
        double[] out = new double[meanOneWeights.length];
        for (int k = 0; k < out.length; k++) {
            out[k] = meanOneWeights[k] * scale;
        }
        return out;
    }
}
