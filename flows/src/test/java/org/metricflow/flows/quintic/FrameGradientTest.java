package org.metricflow.flows.quintic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.metricflow.numeric.manifold.ProjectiveHypersurface;
import org.metricflow.numeric.sampling.LineIntersectionSampler;
import org.metricflow.numeric.sample.PointSample;
import org.metricflow.numeric.sampling.SamplerOptions;

/**
 * The frame form of the update ({@link GradientForm#FRAME}) on 600 quintic training points (seed 3; 50 test points):
 * a descent direction for every kernel, its first-order rate equal to central differences of the discrete mean loss
 * (κ recomputed) along it, and on training points of the Delta kernel the same update as the natural form.
 */
class FrameGradientTest {

    private static final PointSample TRAIN = sample(600, 3);
    private static final PointSample TEST = sample(50, 4);

    private static PointSample sample(int n, long seed) {
        return new LineIntersectionSampler(ProjectiveHypersurface.fermatQuintic(), SamplerOptions.defaults()
                .withSeed(seed)).sample(n);
    }

    private static QuinticKernelFlow flow(QuinticKernel k, SigmaLoss loss, GradientForm form) {
        return new QuinticKernelFlow(TRAIN, TEST, QuinticFlowOptions.table1(k).withLoss(loss).withGradient(form)
                .withConditionLimit(10), 2);
    }

    /** The largest |S_j| = |d_j/g_j| (d = S g in the frame form): sets a step that changes every det g by ≲ 3·t·S. */
    private static double maxScale(double[] d, double[] g) {
        double max = 0;
        for (int k = 0; k < g.length; k += HermitianComponents.COUNT) {
            max = Math.max(max, Math.abs(d[k] / g[k]));
        }
        return max;
    }

    private static double lossAt(QuinticKernelFlow f, FlowState base, double[] d, double t) {
        double[] g = base.train();
        for (int i = 0; i < g.length; i++) {
            g[i] -= t * d[i];
        }
        f.restore(new FlowState(base.step(), g, base.test()));
        double l = f.meanLoss();
        f.restore(base);
        return l;
    }

    /**
     * (η−1)²: dL/d(lr) from the chain rule ({@link QuinticKernelFlow#lossRate}) equals the central difference
     * (L(t) − L(−t))/(2t) of the mean loss along g − t·d (t·max S = 1e-5; measured agreement 1e-10–1e-11) to 1e-6
     * relative, and is negative. The points are cut at condition number 10 in the common chart: at condition 10⁴ the
     * rounding of g − t·d alone moves det g by ~10⁻⁸ relative and the difference quotient loses 5% (measured).
     */
    @ParameterizedTest
    @EnumSource(QuinticKernel.class)
    void rateIsNegativeAndMatchesFiniteDifferences(QuinticKernel kernel) {
        QuinticKernelFlow f = flow(kernel, SigmaLoss.SQUARED, GradientForm.FRAME);
        FlowState base = f.state();
        double[] d = f.updateDirection();
        double t = 1e-5 / maxScale(d, base.train());
        double fd = (lossAt(f, base, d, t) - lossAt(f, base, d, -t)) / (2 * t);
        double rate = f.lossRate();
        assertThat(rate).isNegative();
        assertThat(fd).isCloseTo(rate, within(1e-6 * Math.abs(rate)));
    }

    /**
     * The defect the frame form removes: at the same metric the natural form Σ Θ ŵ' s' g(x') raises the loss to first
     * order for both smooth kernels (measured rates +9 for the Gaussian, +2·10⁶ for the ReLU NTK; frame −8·10⁻⁴, −71).
     */
    @ParameterizedTest
    @EnumSource(value = QuinticKernel.class, names = {"GAUSSIAN", "RELU"})
    void naturalFormAscendsForSmoothKernels(QuinticKernel kernel) {
        assertThat(flow(kernel, SigmaLoss.SQUARED, GradientForm.NATURAL).lossRate()).isPositive();
    }

    /** |1 − η| (Table 1's loss and rates scaled down): one step lowers the mean loss for every kernel. */
    @ParameterizedTest
    @EnumSource(QuinticKernel.class)
    void smallStepLowersTheLoss(QuinticKernel kernel) {
        QuinticKernelFlow f = flow(kernel, SigmaLoss.ABSOLUTE, GradientForm.FRAME);
        double lr = 1e-3 / maxScale(f.updateDirection(), f.state().train());
        QuinticKernelFlow g = new QuinticKernelFlow(TRAIN, TEST, f.options().withLearningRate(lr), 2);
        double before = g.meanLoss();
        assertThat(g.run(1, null).history()).hasSize(1);
        assertThat(g.meanLoss()).isLessThan(before);
    }

    /**
     * Delta kernel (Θ = δ on training points): frame and natural updates agree at training points to 1e-12 relative;
     * at test points they differ (own metric vs. nearest training point's).
     */
    @Test
    void deltaFrameEqualsNaturalOnTrainingPoints() {
        QuinticKernelFlow frame = flow(QuinticKernel.DELTA, SigmaLoss.ABSOLUTE, GradientForm.FRAME);
        QuinticKernelFlow natural = flow(QuinticKernel.DELTA, SigmaLoss.ABSOLUTE, GradientForm.NATURAL);
        double[] a = frame.updateDirection();
        double[] b = natural.updateDirection();
        for (int i = 0; i < a.length; i++) {
            assertThat(a[i]).isCloseTo(b[i], within(1e-12 * Math.abs(b[i - i % HermitianComponents.COUNT]) + 1e-300));
        }
        QuinticFlowOptions clip = frame.options().withPositivity(PositivityPolicy.CLIP).withLearningRate(1e-3);
        QuinticKernelFlow f = new QuinticKernelFlow(TRAIN, TEST, clip, 2);
        QuinticKernelFlow n = new QuinticKernelFlow(TRAIN, TEST, clip.withGradient(GradientForm.NATURAL), 2);
        f.run(1, null);
        n.run(1, null);
        assertThat(f.state().test()).isNotEqualTo(n.state().test());
    }
}
