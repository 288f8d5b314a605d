package org.metricflow.flows.quintic.exact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.metricflow.flows.quintic.QuinticFlowOptions;
import org.metricflow.flows.quintic.QuinticKernel;
import org.metricflow.flows.quintic.QuinticKernelFlow;
import org.metricflow.flows.quintic.SigmaLoss;

class ImplicitKernelFlowTest {

    private static QuinticKernelFlow flow(QuinticFlowOptions o) {
        return new QuinticKernelFlow(ExactKernelFlowTest.sample(300, 1), ExactKernelFlowTest.sample(200, 2), o, 1);
    }

    private static double largest(QuinticKernelFlow f) {
        return new ExactKernelFlow(f, List.of(), ExactKernelFlow.Method.EIGEN, 0).spectrum().largest();
    }

    private static double[] explicitVsImplicit(double total, int steps, double implicitTotal) {
        QuinticKernelFlow a = flow(ExactKernelFlowTest.gaussian(total / steps));
        a.run(steps, null);
        QuinticKernelFlow b = flow(ExactKernelFlowTest.gaussian(1));
        new ImplicitKernelFlow(b, 1e-12, 1000).run(implicitTotal, implicitTotal / steps, 1, steps + 1, null);
        return new double[] {Math.abs(a.sigmaTrain().sigma().value() - b.sigmaTrain().sigma().value()),
                Math.abs(a.sigmaTest().sigma().value() - b.sigmaTest().sigma().value())};
    }

    /**
     * From the Fubini–Study metric (nonlinear regime, σ ≈ 0.36) over T = 1/(6λ_max): both are first-order methods
     * for the same ODE, so their σ differ by O(h): at 250 and 500 equal steps the difference shrinks (≈ halves;
     * measured 1.7·10⁻⁶ at 4,000 steps) and stays below 2·10⁻⁵; integrating the implicit flow 1% longer (a planted
     * time error) differs by more than 10⁻⁴.
     */
    @Test
    void agreesWithTheExplicitFlowAtSmallSteps() {
        double total = 1 / (ExactKernelFlow.RATE * largest(flow(ExactKernelFlowTest.gaussian(1))));
        double[] coarse = explicitVsImplicit(total, 250, total);
        double[] fine = explicitVsImplicit(total, 500, total);
        assertThat(fine[0]).isLessThan(0.75 * coarse[0]).isLessThan(2e-5);
        assertThat(fine[1]).isLessThan(2e-5);
        assertThat(explicitVsImplicit(total, 250, 1.01 * total)[0]).isGreaterThan(1e-4);
    }

    /**
     * Geometric steps (×2 from 0.1/(6λ_max)) reach the round-off floor of the loss (or flow time 10⁶/(6λ_max)) in < 40 steps for the Gaussian (true
     * profile, σ = 0.5), ReLU NTK and Delta kernels: the training set is interpolated (train gain ≥ 10⁴), g stays
     * positive.
     */
    @Test
    void convergesInTensOfLargeSteps() {
        for (QuinticFlowOptions o : List.of(ExactKernelFlowTest.gaussian(1),
                QuinticFlowOptions.table1(QuinticKernel.RELU).withLoss(SigmaLoss.SQUARED),
                QuinticFlowOptions.table1(QuinticKernel.DELTA).withLoss(SigmaLoss.SQUARED))) {
            QuinticKernelFlow f = flow(o);
            double s0 = f.sigmaTrain().sigma().value();
            double lm = largest(f);
            List<ImplicitStep> steps = new ImplicitKernelFlow(f, 1e-10, 2000).run(1e6 / (6 * lm), 0.1 / (6 * lm), 2,
                    40, null);
            assertThat(steps.size()).as(o.kernel().name()).isLessThan(40);
            assertThat(s0 / f.sigmaTrain().sigma().value()).as(o.kernel().name()).isGreaterThan(1e4);
        }
    }

    /** A CG cap too small for the step stops with the residual and the iteration count, keeping the state. */
    @Test
    void cgThatDoesNotConvergeKeepsTheState() {
        QuinticKernelFlow f = flow(ExactKernelFlowTest.gaussian(1));
        double[] before = f.state().train();
        ImplicitKernelFlow flow = new ImplicitKernelFlow(f, 1e-12, 2);
        double h = 1e4 / largest(f);
        assertThatThrownBy(() -> flow.run(h, h, 1, 1, null)).isInstanceOf(ImplicitKernelFlow.NotConvergedException.class)
                .hasMessageContaining("residual").hasMessageContaining("after 2 iterations");
        assertThat(f.state().train()).containsExactly(before);
        assertThat(flow.time()).isZero();
    }
}
