package org.metricflow.flows.quintic.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.metricflow.flows.quintic.QuinticFlowOptions;
import org.metricflow.flows.quintic.QuinticKernel;
import org.metricflow.flows.quintic.SigmaLoss;
import org.metricflow.numeric.manifold.ProjectiveHypersurface;
import org.metricflow.numeric.nn.ReluArchitecture;
import org.metricflow.numeric.sampling.LineIntersectionSampler;
import org.metricflow.numeric.sample.PointSample;
import org.metricflow.numeric.sampling.SamplerOptions;

/** Finite-width flows on 150 training and 50 test points, 9 ReLU networks of depth 2 and width 32. */
class FiniteWidthFlowTest {

    private static final ReluArchitecture ARCH = ReluArchitecture.ntk(10, 2, 32, Math.sqrt(2), 0.1, true);
    private static final PointSample TRAIN = sample(150, 1);
    private static final PointSample TEST = sample(50, 2);

    private static PointSample sample(int n, long seed) {
        return new LineIntersectionSampler(ProjectiveHypersurface.fermatQuintic(), SamplerOptions.defaults()
                .withSeed(seed)).sample(n);
    }

    private static FiniteWidthFlow flow(KernelEvolution e, double lr) {
        return new FiniteWidthFlow(TRAIN, TEST, FiniteWidthOptions.of(lr, SigmaLoss.SQUARED), ARCH, e, 5, 2);
    }

    /**
     * The gradient including κ's dependence on M equals central differences of the weighted mean loss (κ
     * recomputed), after 5 steps so that M ≠ 1: relative error ≤ 1e-5 on three components at three points.
     */
    @Test
    void gradientMatchesFiniteDifferencesOfTheLossWithKappa() {
        FiniteWidthFlow f = flow(KernelEvolution.FROZEN, 1);
        f.run(5);
        double[] grad = f.lossGradient();
        double[] m = f.frameMetric();
        double h = 1e-6;
        for (int k : new int[] {0, 17, 101}) {
            for (int p : new int[] {0, 4, 8}) {
                double[] v = java.util.Arrays.copyOfRange(m, k * 9, k * 9 + 9);
                v[p] += h;
                f.setFrameMetric(k, v);
                double up = f.meanLoss();
                v[p] -= 2 * h;
                f.setFrameMetric(k, v);
                double down = f.meanLoss();
                v[p] += h;
                f.setFrameMetric(k, v);
                double fd = (up - down) / (2 * h);
                double analytic = f.coefficient(k) * grad[k * 9 + p];
                assertThat(analytic).isCloseTo(fd, within(1e-5 * Math.abs(fd) + 1e-12));
            }
        }
    }

    /**
     * One step from θ₀: the network moves M by the frozen-kernel update up to O(lr²), so the relative difference of
     * the two corrections falls tenfold when lr does (≥ 5× allowing for the O(lr³) rest).
     */
    @Test
    void evolvingStepAgreesWithFrozenToFirstOrder() {
        double[] rel = new double[2];
        double[] rates = {1, 0.1};
        for (int i = 0; i < 2; i++) {
            FiniteWidthFlow frozen = flow(KernelEvolution.FROZEN, rates[i]);
            FiniteWidthFlow evolving = flow(KernelEvolution.EVOLVING, rates[i]);
            frozen.run(1);
            evolving.run(1);
            double[] a = frozen.frameMetric();
            double[] b = evolving.frameMetric();
            double num = 0;
            double den = 0;
            for (int q = 0; q < a.length; q++) {
                double id = q % 9 < 3 ? 1 : 0;
                num += (a[q] - b[q]) * (a[q] - b[q]);
                den += (a[q] - id) * (a[q] - id);
            }
            rel[i] = Math.sqrt(num / den);
        }
        assertThat(rel[0]).isLessThan(0.1);
        assertThat(rel[1]).isLessThan(rel[0] / 5);
    }

    /** Gradient descent with a small rate lowers the training loss at every step; the kernel moves (drift > 0). */
    @Test
    void evolvingFlowDescends() {
        FiniteWidthFlow f = flow(KernelEvolution.EVOLVING, 0.3);
        double last = f.meanLoss();
        for (int s = 0; s < 10; s++) {
            f.run(1);
            double now = f.meanLoss();
            assertThat(now).isLessThan(last);
            last = now;
        }
        FiniteWidthResult r = f.run(0);
        assertThat(r.kernelDrift()).isPositive();
        assertThat(r.clippedTrain()).isZero();
    }

    @Test
    void wrongInputDimensionIsNamed() {
        FiniteWidthOptions o = FiniteWidthOptions.of(QuinticFlowOptions.table1(QuinticKernel.DELTA));
        assertThatThrownBy(() -> new FiniteWidthFlow(TRAIN, TEST, o, ReluArchitecture.ntk(8, 1, 4, 1, 0, true),
                KernelEvolution.FROZEN, 1, 1)).hasMessageContaining("8");
        assertThatThrownBy(() -> flow(KernelEvolution.FROZEN, 0.1).run(-1)).hasMessageContaining("-1");
    }
}
