package org.metricflow.flows.quintic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.hipparchus.random.Well19937c;
import org.junit.jupiter.api.Test;
import org.metricflow.numeric.kernel.operator.KernelOperator;
import org.metricflow.numeric.manifold.ProjectiveHypersurface;
import org.metricflow.numeric.sampling.LineIntersectionSampler;
import org.metricflow.numeric.sample.PointSample;
import org.metricflow.numeric.sampling.SamplerOptions;

/**
 * Precomputed, matrix-free and clustered kernel storage of a quintic flow: the operators a flow builds, applied to
 * one random 9-component field on 600 training / 150 test points of the quintic.
 */
class FlowOperatorsTest {

    private static final PointSample TRAIN = sample(600, 1);
    private static final PointSample TEST = sample(150, 2);

    private static PointSample sample(int n, long seed) {
        return new LineIntersectionSampler(ProjectiveHypersurface.fermatQuintic(), SamplerOptions.defaults()
                .withSeed(seed)).sample(n);
    }

    private static FlowOperators operators(QuinticKernel k, OperatorOptions ops, FlowOperators.Storage expected,
                                           int clusters) {
        QuinticKernelFlow f = new QuinticKernelFlow(TRAIN, TEST, QuinticFlowOptions.table1(k), ops, 2);
        assertThat(f.operators().storage()).isEqualTo(expected);
        assertThat(f.operators().clusters()).isEqualTo(clusters);
        return f.operators();
    }

    /** [training output, prediction output] for a fixed random field. */
    private static double[][] apply(FlowOperators ops) {
        Well19937c rng = new Well19937c(7);
        double[] v = new double[ops.training().columns() * HermitianComponents.COUNT];
        for (int i = 0; i < v.length; i++) {
            v[i] = rng.nextGaussian();
        }
        return new double[][] {apply(ops.training(), v), apply(ops.prediction(), v)};
    }

    private static double[] apply(KernelOperator op, double[] v) {
        double[] out = new double[op.rows() * HermitianComponents.COUNT];
        op.apply(v, HermitianComponents.COUNT, out);
        return out;
    }

    private static double maxAbs(double[] a) {
        double m = 0;
        for (double x : a) {
            m = Math.max(m, Math.abs(x));
        }
        return m;
    }

    /** Entries agree to {@code relative} of the largest |entry| (the paths differ in summation order only). */
    private static void assertClose(double[][] a, double[][] b, double relative) {
        for (int s = 0; s < 2; s++) {
            double tol = relative * maxAbs(b[s]);
            for (int i = 0; i < a[s].length; i++) {
                assertThat(a[s][i]).as("set %d entry %d", s, i).isCloseTo(b[s][i], within(tol));
            }
        }
    }

    /**
     * The dense (precomputed) and matrix-free operators of the ReLU NTK and the printed Gaussian agree to 1e-12 of
     * the largest entry (summation order; the Gaussian's tabulated profile errs by ≤ 1e-14 per entry); one explicit
     * cluster is the exact operator.
     */
    @Test
    void denseMatrixFreeAndOneClusterAgree() {
        for (QuinticKernel k : new QuinticKernel[] {QuinticKernel.RELU, QuinticKernel.GAUSSIAN}) {
            OperatorOptions ops = OperatorOptions.defaults();
            double[][] dense = apply(operators(k, ops, FlowOperators.Storage.DENSE, 1));
            double[][] free = apply(operators(k, ops.withDenseBytes(0), FlowOperators.Storage.MATRIX_FREE, 1));
            double[][] one = apply(operators(k, ops.withClusters(1), FlowOperators.Storage.DENSE, 1));
            assertClose(free, dense, 1e-12);
            assertThat(one[0]).containsExactly(dense[0]);
            assertThat(one[1]).containsExactly(dense[1]);
        }
    }

    /**
     * With 3 clusters (batches of 300) the dense and matrix-free blocks agree, and the blocks differ from the exact
     * operator by more than 10% of its largest entry (a point sees ~1/3 of the training set).
     */
    @Test
    void clusteredOperatorsAreBlockDiagonal() {
        OperatorOptions ops = OperatorOptions.defaults().withBatchSize(300);
        double[][] exact = apply(operators(QuinticKernel.GAUSSIAN, ops, FlowOperators.Storage.DENSE, 1));
        FlowOperators blocks = operators(QuinticKernel.GAUSSIAN, ops.withClusters(3), FlowOperators.Storage.DENSE, 3);
        assertThat(blocks.bytes()).isLessThan(8L * 600 * 750 / 2);
        double[][] dense = apply(blocks);
        double[][] free = apply(operators(QuinticKernel.GAUSSIAN, ops.withClusters(3).withDenseBytes(0),
                FlowOperators.Storage.MATRIX_FREE, 3));
        assertClose(free, dense, 1e-12);
        for (int s = 0; s < 2; s++) {
            double diff = 0;
            for (int i = 0; i < exact[s].length; i++) {
                diff = Math.max(diff, Math.abs(exact[s][i] - dense[s][i]));
            }
            assertThat(diff).isGreaterThan(0.1 * maxAbs(exact[s]));
        }
    }

    @Test
    void badOperatorOptionsNameTheValue() {
        assertThatThrownBy(() -> OperatorOptions.defaults().withClusters(-2)).hasMessageContaining("-2");
        assertThatThrownBy(() -> OperatorOptions.defaults().withDenseBytes(Long.MAX_VALUE))
                .hasMessageContaining("kernel memory");
        assertThatThrownBy(() -> OperatorOptions.defaults().withClusters(700).clustersFor(600))
                .hasMessageContaining("700");
    }
}
