package org.metricflow.flows.quintic.exact;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.metricflow.flows.quintic.FlowState;
import org.metricflow.flows.quintic.GradientForm;
import org.metricflow.flows.quintic.QuinticKernelFlow;
import org.metricflow.flows.quintic.SigmaLoss;
import org.metricflow.numeric.kernel.operator.KernelOperator;

/**
 * The nonlinear frozen-kernel frame flow of the squared loss, df/dt = −3 Θ Ŵ s(f) (f = ln det g, s = η(l'(η) − m),
 * see {@link ExactKernelFlow}), integrated by linearly implicit (Rosenbrock–Euler, one Gauss–Newton iteration of
 * backward Euler) steps: with the Jacobian ∂s/∂f = 2P of the fixed point,
 * <pre>  (I + c h Θ Ŵ P) Δf = −3 h Θ Ŵ s(f_n),   c = 6,</pre>
 * solved as Δf = −3h Θ Ŵ^{1/2} x with (I + c h A) x = Ŵ^{1/2} s (A = Q Ŵ^{1/2} Θ Ŵ^{1/2} Q symmetric, s ⊥ the constant
 * mode): conjugate gradients on the kernel operator, matrix-free when the flow's kernel is. Stable for any h (the
 * stiff modes c h λ ≫ 1 are damped, not amplified); first order in h like the explicit flow, which it matches at small
 * h. Each step rescales g by e^{Δf/3}, so g stays positive definite by construction. Not thread-safe.
 */
public final class ImplicitKernelFlow {

    private final QuinticKernelFlow flow;
    private final SymmetrisedKernel kernel;
    private final double tolerance;
    private final int maxIterations;
    private final double largest;
    private double time;

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

    /**
     * One step of size h > 0. Returns the step, or throws {@link NotConvergedException} (state unchanged) when CG
     * does not reach the tolerance.
     */
    public ImplicitStep step(double h) {
        if (!(h > 0) || !Double.isFinite(h)) {
            throw new IllegalArgumentException("step size h must be finite and > 0, got " + h);
        }
        double[] rhs = kernel.toSymmetric(flow.frameDensity());
        CgSolve cg = CgSolve.solve(kernel::apply, ExactKernelFlow.RATE * h, rhs, tolerance, maxIterations);
        if (!cg.converged()) {
            throw new NotConvergedException(String.format(Locale.ROOT, "conjugate gradients did not converge at "
                    + "flow time %.6g (step h = %.6g): relative residual %.3g after %d iterations (tolerance %.3g); "
                    + "kept the state at t = %.6g", time + h, h, cg.residual(), cg.iterations(), tolerance, time));
        }
        double[] x = kernel.toOperatorField(cg.x());
        double[] dTrain = update(flow.operators().training(), x, h);
        double[] dTest = update(flow.testSet().prediction(), x, h);
        if (!inRange(flow.trainingValues().logDet(), dTrain) || !inRange(flow.testSet().values().logDet(), dTest)) {
            throw new NotConvergedException(String.format(Locale.ROOT, "the step h = %.6g at flow time %.6g would "
                    + "move det g out of the double range after %d CG iterations (residual %.3g); kept the state", h, time,
                    cg.iterations(), cg.residual()));
        }
        flow.rescale(dTrain, dTest);
        time += h;
        return new ImplicitStep(time, flow.sigmaTrain().sigma().value(), flow.sigmaTest().sigma().value(),
                cg.iterations(), cg.residual());
    }

    /**
     * Integrates from the current time to flow time {@code total} (finite): the first step is h₀, each accepted step
     * multiplies h by {@code growth} (capped at the time left). Far from the fixed point the linearisation can
     * overshoot: a step beyond the explicit stability range (c h λ_max > 1, λ_max from 30 Lanczos steps) that raises
     * the mean squared loss (κ re-fitted) by more than {@link #LOSS_NOISE} is undone and retried with h/2, at most
     * {@value #MAX_HALVINGS} times. Stops early after {@code maxSteps} accepted steps, or when the loss has
     * reached the round-off floor ({@link #LOSS_FLOOR}: the flow is stationary).
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
        double h = h0;
        while (out.size() < maxSteps && total - time > 1e-12 * total) {
            double hk = Math.min(h, total - time);
            FlowState before = flow.state();
            double t0 = time;
            double loss = flow.meanLoss();
            if (loss <= LOSS_FLOOR) {
                break;
            }
            int halvings = 0;
            ImplicitStep s = step(hk);
            while (hk * ExactKernelFlow.RATE * largest > 1 && flow.meanLoss() > loss * (1 + LOSS_NOISE) + LOSS_FLOOR) {
                if (++halvings > MAX_HALVINGS) {
                    throw new NotConvergedException(String.format(Locale.ROOT, "no step below h = %.6g lowers the "
                            + "loss at flow time %.6g; kept the state", hk, t0));
                }
                flow.restore(before);
                time = t0;
                hk /= 2;
                h = hk;
                s = step(hk);
            }
            out.add(s);
            if (listener != null) {
                listener.accept(s);
            }
            h *= growth;
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

    /** Most halvings of a step that raised the loss. */
    public static final int MAX_HALVINGS = 30;

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
