package org.metricflow.flows.quintic.exact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.metricflow.flows.quintic.PositivityPolicy;
import org.metricflow.flows.quintic.QuinticFlowOptions;
import org.metricflow.flows.quintic.QuinticKernel;
import org.metricflow.flows.quintic.QuinticKernelFlow;
import org.metricflow.flows.quintic.SigmaLoss;
import org.metricflow.numeric.kernel.DistanceProfile;
import org.metricflow.numeric.manifold.ProjectiveHypersurface;
import org.metricflow.numeric.sampling.LineIntersectionSampler;
import org.metricflow.numeric.sample.PointSample;
import org.metricflow.numeric.sampling.SamplerOptions;

class ExactKernelFlowTest {

    static PointSample sample(int n, long seed) {
        return new LineIntersectionSampler(ProjectiveHypersurface.fermatQuintic(), SamplerOptions.defaults()
                .withSeed(seed)).sample(n);
    }

    static QuinticFlowOptions gaussian(double lr) {
        return QuinticFlowOptions.table1(QuinticKernel.GAUSSIAN).withProfile(DistanceProfile.GAUSSIAN).withSigma(0.5)
                .withLoss(SigmaLoss.SQUARED).withPositivity(PositivityPolicy.CLIP).withLearningRate(lr);
    }

    /**
     * Near the fixed point (det g = |Ω|² e^{εξ}, ε = 10⁻³, σ ≈ 8·10⁻⁴; points with chart condition ≤ 10) the closed form
     * at flow time T = 3/(6λ_max) and 1,500 explicit steps of rate lr = T/1500 give the same σ on training and test
     * points to 10⁻⁶: the linearisation error is ≤ 1.5·(3ε) of the change in σ (s = 2u + 3u² + …; ≈ 5·10⁻⁷, measured
     * 2·10⁻⁸), explicit Euler's O(lr) error on the top mode 6 lr λ_max/2 = 10⁻³ of it (measured 1.6·10⁻⁸). With the
     * default condition limit 10⁴ (cond g up to 10⁸) the per-step round-off of det g random-walks σ by ~10⁻⁶ instead.
     * A factor 2 in the rate constant (flow time T/2) moves σ by > 10⁻⁵.
     */
    @Test
    void closedFormMatchesTheExplicitFlowAtSmallRate() {
        double eps = 1e-3;
        QuinticKernelFlow g = new QuinticKernelFlow(sample(300, 1), sample(200, 2),
                gaussian(1).withConditionLimit(10), 1);
        NearFixedPoint.apply(g, eps, 7);
        ExactKernelFlow e = new ExactKernelFlow(g, List.of(g.testSet()), ExactKernelFlow.Method.EIGEN, 0);
        int steps = 1500;
        double time = 3 / (ExactKernelFlow.RATE * e.spectrum().largest());
        ExactPoint p = e.at(new FlowTime(time, 0));
        QuinticKernelFlow x = new QuinticKernelFlow(sample(300, 1), sample(200, 2),
                gaussian(time / steps).withConditionLimit(10), 1);
        NearFixedPoint.apply(x, eps, 7);
        x.run(steps, null);
        double train = x.sigmaTrain().sigma().value();
        double test = x.sigmaTest().sigma().value();
        assertThat(Math.abs(p.sigmaTrain().value() - train)).isLessThan(1e-6);
        assertThat(Math.abs(p.sigmaHeld().get(0).value() - test)).isLessThan(1e-6);
        assertThat(g.sigmaTrain().sigma().value() - train).as("the flow moved σ").isGreaterThan(5e-5);
        ExactPoint planted = e.at(new FlowTime(time / 2, 0));
        assertThat(Math.abs(planted.sigmaTrain().value() - train)).as("planted rate error").isGreaterThan(1e-5);
    }

    /** From the Fubini–Study metric: Lanczos (120 steps) reproduces the eigendecomposition at t ≤ 10⁴/λ_max. */
    @Test
    void lanczosAgreesWithTheEigendecomposition() {
        QuinticKernelFlow g = new QuinticKernelFlow(sample(300, 1), sample(200, 2), gaussian(1), 1);
        ExactKernelFlow e = new ExactKernelFlow(g, List.of(g.testSet()), ExactKernelFlow.Method.EIGEN, 0);
        ExactKernelFlow l = new ExactKernelFlow(g, List.of(g.testSet()), ExactKernelFlow.Method.LANCZOS, 120);
        for (double t : new double[] {1, 100, 1e4}) {
            FlowTime ft = new FlowTime(t / e.spectrum().largest(), 0);
            double a = e.at(ft).sigmaHeld().get(0).value();
            double b = l.at(ft).sigmaHeld().get(0).value();
            double change = ((LanczosSpectrum) l.spectrum()).change(ft);
            assertThat(Math.abs(a - b) / a).as("t = %g, Krylov change %g", t, change).isLessThan(1e-8);
        }
        assertThat(l.spectrum().largest()).isCloseTo(e.spectrum().largest(),
                org.assertj.core.api.Assertions.within(1e-10));
    }
}
