package org.metricflow.numeric.kernel.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.hipparchus.random.RandomGenerator;
import org.hipparchus.random.Well19937c;
import org.junit.jupiter.api.Test;
import org.metricflow.numeric.kernel.DistanceProfile;
import org.metricflow.numeric.kernel.FubiniStudyKernel;
import org.metricflow.numeric.kernel.FubiniStudyKernelTest;
import org.metricflow.numeric.kernel.Kernel;
import org.metricflow.numeric.kernel.ReluNtk;
import org.metricflow.numeric.nn.ReluArchitecture;

/** Every operator path against a naive double loop over exact kernel values. */
class KernelOperatorsTest {

    private static final int M = 9;

    private static double[] random(int n, long seed) {
        RandomGenerator rng = new Well19937c(seed);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = rng.nextGaussian();
        }
        return v;
    }

    /** out_a = Σ_b K(y_a, x_b) w_b v_b with Kernel.value, optionally restricted to equal clusters. */
    private static double[] naive(Kernel k, double[] rows, double[] cols, double[] w, double[] v, int[] clusters) {
        int d = k.inputDimension();
        int nr = rows.length / d;
        int nc = cols.length / d;
        double[] out = new double[nr * M];
        for (int a = 0; a < nr; a++) {
            for (int b = 0; b < nc; b++) {
                if (clusters != null && clusters[a] != clusters[b]) {
                    continue;
                }
                double kv = k.value(rows, a * d, cols, b * d) * w[b];
                for (int p = 0; p < M; p++) {
                    out[a * M + p] += kv * v[b * M + p];
                }
            }
        }
        return out;
    }

    private static void assertClose(double[] actual, double[] expected, double tol) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < actual.length; i++) {
            assertThat(actual[i]).as("entry %d", i).isCloseTo(expected[i], within(tol));
        }
    }

    @Test
    void matrixFreeDenseAndNaiveAgreeOnTheFubiniStudyGaussian() {
        int n = 700; // not a multiple of the tile, several tiles
        double[] pts = FubiniStudyKernelTest.points(n, 17);
        double[] v = random(n * M, 18);
        double[] w = random(n, 19);
        FubiniStudyKernel k = new FubiniStudyKernel(5, DistanceProfile.GAUSSIAN, 0.3);
        double[] ref = naive(k, pts, pts, w, v, null);
        // each entry is within tableError; |out| error ≤ Σ_b |w_b v_b| tableError ~ 700·1·1e-14
        double tol = 1e-10;
        for (int threads = 1; threads <= 2; threads++) {
            double[] out = new double[n * M];
            new MatrixFreeKernelOperator(k, pts, w, threads).apply(v, M, out);
            assertClose(out, ref, tol);
        }
        double[] dense = new double[n * M];
        new DenseKernelOperator(k, pts, w).apply(v, M, dense);
        assertClose(dense, ref, tol);
    }

    @Test
    void matrixFreeIsReproducibleForAGivenThreadCount() {
        int n = 600;
        double[] pts = FubiniStudyKernelTest.points(n, 5);
        double[] v = random(n * 2, 6);
        FubiniStudyKernel k = new FubiniStudyKernel(5, DistanceProfile.PRINTED_EXPONENTIAL, 0.2);
        MatrixFreeKernelOperator op = new MatrixFreeKernelOperator(k, pts, null, 2);
        double[] o1 = new double[n * 2];
        double[] o2 = new double[n * 2];
        op.apply(v, 2, o1);
        op.apply(v, 2, o2);
        assertThat(o2).containsExactly(o1);
    }

    @Test
    void pointwiseKernelsPredictionAndClusters() {
        ReluArchitecture arch = ReluArchitecture.ntk(10, 1, 1, 1.4, 0.5, true);
        ReluNtk relu = ReluNtk.of(arch);
        int n = 300;
        double[] train = random(n * 10, 31);
        double[] test = random(130 * 10, 32);
        double[] v = random(n * M, 33);
        double[] w = random(n, 34);
        double[] ref = naive(relu, test, train, w, v, null);
        double[] out = new double[130 * M];
        new MatrixFreeKernelOperator(relu, test, train, w, 2).apply(v, M, out);
        assertClose(out, ref, 1e-10);
        double[] dense = new double[130 * M];
        new DenseKernelOperator(relu, test, train, w).apply(v, M, dense);
        assertClose(dense, ref, 1e-10);

        int[] clusters = new int[n];
        for (int a = 0; a < n; a++) {
            clusters[a] = (a * 7) % 3;
        }
        double[] refBlocks = naive(relu, train, train, w, v, clusters);
        for (boolean denseBlocks : new boolean[] {false, true}) {
            BlockDiagonalKernelOperator op = new BlockDiagonalKernelOperator(relu, train, w, clusters, denseBlocks, 2);
            assertThat(op.clusterCount()).isEqualTo(3);
            double[] blocks = new double[n * M];
            op.apply(v, M, blocks);
            assertClose(blocks, refBlocks, 1e-10);
        }
        // prediction by blocks: test point a sees the training points of cluster testClusters[a] only
        int[] testClusters = new int[130];
        for (int a = 0; a < 130; a++) {
            testClusters[a] = (a * 5) % 3;
        }
        double[] refPrediction = new double[130 * M];
        for (int c = 0; c < 3; c++) {
            double[] masked = w.clone();
            for (int b = 0; b < n; b++) {
                masked[b] = clusters[b] == c ? w[b] : 0;
            }
            double[] part = naive(relu, test, train, masked, v, null);
            for (int a = 0; a < 130; a++) {
                if (testClusters[a] == c) {
                    System.arraycopy(part, a * M, refPrediction, a * M, M);
                }
            }
        }
        for (boolean denseBlocks : new boolean[] {false, true}) {
            double[] blocks = new double[130 * M];
            new BlockDiagonalKernelOperator(relu, test, testClusters, train, clusters, w, denseBlocks, 2)
                    .apply(v, M, blocks);
            assertClose(blocks, refPrediction, 1e-10);
        }
        assertThat(BlockDiagonalKernelOperator.blockEntries(testClusters, clusters)).isEqualTo(130L * n / 3);
        // one cluster is the exact operator
        double[] one = new double[130 * M];
        new BlockDiagonalKernelOperator(relu, test, new int[130], train, new int[n], w, false, 2).apply(v, M, one);
        assertClose(one, ref, 1e-10);
    }

    @Test
    void deltaKernelCopiesTheNearestTrainingPoint() {
        int n = 400;
        double[] train = FubiniStudyKernelTest.points(n, 41);
        double[] test = random(90 * 10, 42);
        DeltaKernelOperator delta = new DeltaKernelOperator(DeltaKernelOperator.Metric.FUBINI_STUDY, 10, test, train,
                null);
        int[] nearest = delta.nearest();
        for (int t = 0; t < 90; t++) {
            double best = Double.POSITIVE_INFINITY;
            int arg = -1;
            for (int b = 0; b < n; b++) {
                double d = org.metricflow.numeric.manifold.FubiniStudy.distance(test, 10 * t, train, 10 * b, 5);
                if (d < best) {
                    best = d;
                    arg = b;
                }
            }
            assertThat(nearest[t]).isEqualTo(arg);
        }
        double[] v = random(n * M, 43);
        double[] out = new double[90 * M];
        delta.apply(v, M, out);
        for (int p = 0; p < M; p++) {
            assertThat(out[5 * M + p]).isEqualTo(v[nearest[5] * M + p]);
        }
        DeltaKernelOperator euclid = new DeltaKernelOperator(DeltaKernelOperator.Metric.EUCLIDEAN, 10, train, train,
                null);
        assertThat(euclid.nearest()[17]).isEqualTo(17);
    }

    @Test
    void badInputNamesTheParameter() {
        FubiniStudyKernel k = new FubiniStudyKernel(5, DistanceProfile.GAUSSIAN, 0.3);
        double[] pts = FubiniStudyKernelTest.points(20, 1);
        MatrixFreeKernelOperator op = new MatrixFreeKernelOperator(k, pts, null, 1);
        assertThatThrownBy(() -> op.apply(new double[20 * 9], 9, new double[20 * 8]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("out");
        double[] v = new double[20 * 9];
        v[4] = Double.POSITIVE_INFINITY;
        assertThatThrownBy(() -> op.apply(v, 9, new double[20 * 9]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("v[4]");
        assertThatThrownBy(() -> new MatrixFreeKernelOperator(k, pts, new double[19], 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weights");
        assertThatThrownBy(() -> new MatrixFreeKernelOperator(k, pts, null, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("threads");
        assertThatThrownBy(() -> new BlockDiagonalKernelOperator(k, pts, null, new int[20 - 1], false, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("clusters");
        int[] gap = new int[20];
        gap[0] = 2;
        assertThatThrownBy(() -> new BlockDiagonalKernelOperator(k, pts, null, gap, false, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cluster 1 is empty");
    }
}
