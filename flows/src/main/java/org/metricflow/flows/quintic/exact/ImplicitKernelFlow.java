package org.metricflow.flows.quintic.exact;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.metricflow.flows.PointMetric;
import org.metricflow.flows.StepFlow;
import org.metricflow.flows.StepHalving;
import org.metricflow.flows.StepOutcome;
import org.metricflow.flows.quintic.GradientForm;
import org.metricflow.flows.quintic.QuinticKernelFlow;
import org.metricflow.flows.quintic.SigmaLoss;
import org.metricflow.flows.time.FlowResult;
import org.metricflow.flows.time.FlowRunner;
import org.metricflow.flows.time.FlowStatus;
import org.metricflow.flows.time.GuardReport;
import org.metricflow.flows.time.StepOptions;
import org.metricflow.numeric.kernel.operator.KernelOperator;

/**
 * The nonlinear frozen-kernel frame flow of the squared loss, df/dt = −3 Θ Ŵ s(f) (f = ln det g, s = η(l'(η) − m),
 * see {@link ExactKernelFlow}), integrated by linearly implicit (Rosenbrock–Euler, one Gauss–Newton iteration of
 * backward Euler) steps: with the Jacobian ∂s/∂f = 2P of the fixed point,
 * <pre>  (I + c h Θ Ŵ P) Δf = −3 h Θ Ŵ s(f_n),   c = 6,</pre>
 * solved as Δf = −3h Θ Ŵ^{1/2} x with (I + c h A) x = Ŵ^{1/2} s (A = Q Ŵ^{1/2} Θ Ŵ^{1/2} Q symmetric, s ⊥ the constant
 * mode): conjugate gradients on the kernel operator, matrix-free when the flow's kernel is. Stable for any h (the
 * stiff modes c h λ ≫ 1 are damped, not amplified); first order in h like the explicit flow, which it matches at small
 * h. Each step rescales g by e^{Δf/3}, so g stays positive definite by construction. As a {@link StepFlow} its state
 * is the state vector of the {@link QuinticKernelFlow} it advances. Not thread-safe.
 */
public final class ImplicitKernelFlow implements StepFlow {

    private final QuinticKernelFlow flow;
    private final SymmetrisedKernel kernel;
    private final double tolerance;
    private final int maxIterations;
    private final double largest;
    private double time;
    private CgSolve lastSolve;

    /**
     * @param flow          a frame-form, squared-loss flow; its state is advanced
     * @param tolerance     CG relative residual, in (0, 1)
     * @param maxIterations CG iteration cap, ≥ 1
     */
    public ImplicitKernelFlow(QuinticKernelFlow flow, double tolerance, int maxIterations) {
        if (flow.options().loss() != SigmaLoss.SQUARED || flow.options().gradient() != GradientForm.FRAME) {
            throw new IllegalArgumentException("implicit steps need the squared loss and the frame gradient, got "
                    + flow.options().loss().name().toLowerCase(Locale.ROOT) + " and "
                    + flow.options().gradient().name().toLowerCase(Locale.ROOT));
        }
        if (!(tolerance > 0 && tolerance < 1) || maxIterations < 1) {
            throw new IllegalArgumentException("need a CG tolerance in (0, 1) and >= 1 iterations, got " + tolerance
                    + " and " + maxIterations);
        }
        this.flow = flow;
        this.kernel = new SymmetrisedKernel(flow.operators().training(), flow.flowWeights());
        this.tolerance = tolerance;
        this.maxIterations = maxIterations;
        double[] start = new double[kernel.size()];
        java.util.Arrays.fill(start, 1);
        start[0] = 2;
        this.largest = new LanczosSpectrum(kernel::apply, kernel.project(start), 30).largest();
    }

    /** Flow time integrated so far. */
    public double time() {
        return time;
    }

    /** The flow being advanced. */
    public QuinticKernelFlow flow() {
        return flow;
    }

    @Override
    public int stateDimension() {
        return flow.stateDimension();
    }

    @Override
    public PointMetric metric() {
        return flow.metric();
    }

    @Override
    public String describe() {
        return flow.describe() + "; implicit cg tolerance=" + tolerance + ", iterations=" + maxIterations;
    }

    /**
     * One step of size h from {@code state}: stationary when the loss is at its round-off floor ({@link #LOSS_FLOOR});
     * failed when CG does not reach the tolerance (naming the residual and the iteration count) or det g would leave
     * the double range; rejected (the runner halves h) when h is beyond the explicit stability range (c h λ_max > 1,
     * λ_max from 30 Lanczos steps) and the step raises the mean squared loss (κ re-fitted) by more than
     * {@link #LOSS_NOISE}: far from the fixed point the linearisation can overshoot.
     */
    @Override
    public StepOutcome step(double t, double[] state, double h) {
        flow.restore(state);
        double loss = flow.meanLoss();
        if (loss <= LOSS_FLOOR) {
            return new StepOutcome.Stationary("the mean loss " + loss + " is at the round-off floor " + LOSS_FLOOR);
        }
        double[] rhs = kernel.toSymmetric(flow.frameDensity());
        CgSolve cg = CgSolve.solve(kernel::apply, ExactKernelFlow.RATE * h, rhs, tolerance, maxIterations);
        if (!cg.converged()) {
            return new StepOutcome.Failed(String.format(Locale.ROOT, "conjugate gradients did not converge at "
                    + "flow time %.6g (step h = %.6g): relative residual %.3g after %d iterations (tolerance %.3g); "
                    + "kept the state at t = %.6g", t + h, h, cg.residual(), cg.iterations(), tolerance, t));
        }
        double[] x = kernel.toOperatorField(cg.x());
        double[] dTrain = update(flow.operators().training(), x, h);
        double[] dTest = update(flow.testSet().prediction(), x, h);
        if (!inRange(flow.trainingValues().logDet(), dTrain) || !inRange(flow.testSet().values().logDet(), dTest)) {
            return new StepOutcome.Failed(String.format(Locale.ROOT, "the step h = %.6g at flow time %.6g would "
                    + "move det g out of the double range after %d CG iterations (residual %.3g); kept the state", h, t,
                    cg.iterations(), cg.residual()));
        }
        flow.rescale(dTrain, dTest);
        double after = flow.meanLoss();
        if (h * ExactKernelFlow.RATE * largest > 1 && after > loss * (1 + LOSS_NOISE) + LOSS_FLOOR) {
            return new StepOutcome.Rejected(String.format(Locale.ROOT, "the step h = %.6g at flow time %.6g raises "
                    + "the mean loss from %.6g to %.6g", h, t, loss, after));
        }
        lastSolve = cg;
        return new StepOutcome.Accepted(flow.stateVector(), 0);
    }

    /**
     * Integrates with the flow runner from the current time to flow time {@code total} (finite): the first step is h₀,
     * each accepted step multiplies h by {@code growth} (capped at the time left), a rejected step is halved
     * ({@link #step}, {@link StepHalving}). Stops early after {@code maxSteps} accepted steps, or when the loss has
     * reached the round-off floor (the flow is stationary). The flow is left at the last accepted state.
     *
     * @return the accepted steps
     * @throws NotConvergedException when CG fails or no halving lowers the loss (the state is the last accepted one)
     */
    public List<ImplicitStep> run(double total, double h0, double growth, int maxSteps,
                                  Consumer<ImplicitStep> listener) {
        if (!(total > time) || !Double.isFinite(total) || !(h0 > 0) || !(growth >= 1) || maxSteps < 1) {
            throw new IllegalArgumentException("need a finite end time > " + time + ", h0 > 0, growth >= 1 and >= 1"
                    + " steps, got " + total + ", " + h0 + ", " + growth + ", " + maxSteps);
        }
        List<ImplicitStep> out = new ArrayList<>();
        double t0 = time;
        StepOptions options = StepOptions.fixed(h0, maxSteps).withGrowth(growth);
        FlowRunner runner = new FlowRunner(options).withObserver(snapshot -> {
            if (snapshot.step() > 0) {
                flow.restore(snapshot.state());
                ImplicitStep s = new ImplicitStep(t0 + snapshot.time(), flow.sigmaTrain().sigma().value(),
                        flow.sigmaTest().sigma().value(), lastSolve.iterations(), lastSolve.residual());
                out.add(s);
                if (listener != null) {
                    listener.accept(s);
                }
            }
        });
        FlowResult r = runner.run(this, flow.stateVector(), total - t0);
        flow.restore(r.state());
        time = t0 + r.time();
        if (r.status() == FlowStatus.STOPPED) {
            throw new NotConvergedException(r.stop().map(GuardReport::detail).orElse("?"));
        }
        return out;
    }

    /**
     * Relative rise of the loss a step may show and still count as not raising it: rescaling the 9 components of a
     * metric with cond(g) up to ~10⁸ (common chart) moves det g by ~10⁻⁸ relative in round-off alone.
     */
    public static final double LOSS_NOISE = 1e-7;
    /**
     * Absolute loss rise a step may show: the same round-off leaves η uncertain by ~10⁻⁶ at the worst points (the
     * interpolating flows stall at σ ≈ 10⁻⁶), so a mean squared loss below ~10⁻¹⁰ (σ ≈ 10⁻⁵) is noise.
     */
    public static final double LOSS_FLOOR = 1e-10;

    /** Whether every e^{f + Δf} stays a normal double (|f + Δf| < 700). */
    private static boolean inRange(double[] f, double[] df) {
        for (int k = 0; k < f.length; k++) {
            if (!(Math.abs(f[k] + df[k]) < 700)) {
                return false;
            }
        }
        return true;
    }

    private static double[] update(KernelOperator op, double[] x, double h) {
        double[] out = new double[op.rows()];
        op.apply(x, 1, out);
        for (int k = 0; k < out.length; k++) {
            out[k] *= -3 * h;
        }
        return out;
    }

    /** CG did not converge; the message names the residual and the iteration count. */
    public static final class NotConvergedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotConvergedException(String message) {
            super(message);
        }
    }
}
