package org.metricflow.flows.quintic.exact;

import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.metricflow.flows.quintic.FlowOperators;
import org.metricflow.flows.quintic.GradientForm;
import org.metricflow.flows.quintic.HeldOutSet;
import org.metricflow.flows.quintic.PointValues;
import org.metricflow.flows.quintic.QuinticKernelFlow;
import org.metricflow.flows.quintic.SigmaLoss;
import org.metricflow.numeric.kernel.operator.DenseKernelOperator;
import org.metricflow.numeric.metric.MonteCarloEstimate;

/**
 * Closed-form dynamics of the frozen-kernel frame-form flow with the squared loss (§3; derivation in
 * docs/quintic-exact-flow.md). The frame flow only rescales each metric, dg_j/dt = −g_j S_j, so f = ln det g obeys
 * df_j/dt = −3 Σ_k Θ_jk ŵ_k s_k (n = 3: tr(g⁻¹g) = 3), s_k = η_k(l'(η_k) − m). With u = ln η, η = 1 + u + O(u²),
 * l' = 2(η − 1) and m = 2 Var_w η = O(u²), s = 2 P r + O(u²) where r = ln(det g/|Ω|²) and P removes the w-weighted
 * mean (κ's dependence). Linearised about the fixed point η ≡ 1 (error O(u²) per unit time, i.e. O(σ²) relative to
 * the update), starting from the current metric:
 * <pre>  dr/dt = −c Θ Ŵ P r,   c = {@value #RATE},  on training points; the same with Θ(y, x) at held-out points y.</pre>
 * With z = Q Ŵ^{1/2} r and A = Q Ŵ^{1/2} Θ Ŵ^{1/2} Q ({@link SymmetrisedKernel}) the training part is
 * dz/dt = −c A z and Δr(t) = −Θ Ŵ^{1/2} φ_t(A) z₀, φ_t(λ) = (1 − e^{−cλt})/λ ({@link FlowTime}) — one spectral
 * function of A applied to z₀, then one kernel product per point set. Constants in r are not moved (σ is blind to
 * them). Not thread-safe.
 */
public final class ExactKernelFlow {

    /** c = 3 (complex dimension: tr(g⁻¹ g) = 3) × 2 (l'(η) = 2(η − 1) ≈ 2 ln η). */
    public static final double RATE = 6;
    /** Above this many training points {@link Method#AUTO} uses Lanczos instead of a dense eigendecomposition. */
    public static final int EIGEN_LIMIT = 2500;
    /** Default Lanczos steps. */
    public static final int LANCZOS_STEPS = 400;

    /** How φ(A) is evaluated. */
    public enum Method {
        /** Dense symmetric eigendecomposition (exact; needs the kernel matrix in memory). */
        EIGEN,
        /** Lanczos (matrix-free). */
        LANCZOS,
        /** EIGEN up to {@link #EIGEN_LIMIT} training points when the matrix is formed, else LANCZOS. */
        AUTO,
        /** No spectrum: only {@link #ridgeLimit} (conjugate gradients). */
        NONE
    }

    private final QuinticKernelFlow flow;
    private final PointValues training;
    private final List<HeldOutSet> heldOut;
    private final SymmetrisedKernel kernel;
    private final KernelSpectrum spectrum;
    private final double[] z0;
    private int lastIterations;

    /**
     * Prepares the closed form from the flow's current metric.
     *
     * @param flow    a frame-form, squared-loss flow (its state is not changed)
     * @param heldOut held-out sets to predict (e.g. the flow's test set and a validation set)
     * @param method  how to evaluate φ(A)
     * @param lanczosSteps Lanczos steps (used by LANCZOS)
     */
    public ExactKernelFlow(QuinticKernelFlow flow, List<HeldOutSet> heldOut, Method method, int lanczosSteps) {
        if (flow.options().loss() != SigmaLoss.SQUARED || flow.options().gradient() != GradientForm.FRAME) {
            throw new IllegalArgumentException("the closed form needs the squared loss and the frame gradient, got "
                    + flow.options().loss().name().toLowerCase(java.util.Locale.ROOT) + " and "
                    + flow.options().gradient().name().toLowerCase(java.util.Locale.ROOT));
        }
        this.flow = flow;
        this.training = flow.trainingValues();
        this.heldOut = List.copyOf(heldOut);
        FlowOperators ops = flow.operators();
        this.kernel = new SymmetrisedKernel(ops.training(), flow.flowWeights());
        double[] b = kernel.toSymmetric(training.logRatio());
        this.z0 = b;
        int n = training.size();
        DMatrixRMaj theta = method == Method.NONE || method == Method.LANCZOS || method == Method.AUTO && n > EIGEN_LIMIT ? null
                : kernelMatrix(ops, n);
        if (method == Method.EIGEN && theta == null) {
            throw new IllegalArgumentException("the dense eigendecomposition needs the kernel matrix in memory ("
                    + ops.storage().label() + " storage, " + ops.clusters() + " cluster(s)); use Lanczos");
        }
        this.spectrum = method == Method.NONE ? null : theta != null ? new DenseSpectrum(kernel.dense(theta), b)
                : new LanczosSpectrum(kernel::apply, b, lanczosSteps);
    }

    private static DMatrixRMaj kernelMatrix(FlowOperators ops, int n) {
        if (ops.storage() == FlowOperators.Storage.NEAREST_NEIGHBOUR) {
            DMatrixRMaj identity = new DMatrixRMaj(n, n);
            for (int k = 0; k < n; k++) {
                identity.set(k, k, 1);
            }
            return identity;
        }
        return ops.training() instanceof DenseKernelOperator d ? d.matrix() : null;
    }

    /** The flow whose metric this starts from. */
    public QuinticKernelFlow flow() {
        return flow;
    }

    /** The spectral evaluation in use. */
    public KernelSpectrum spectrum() {
        return spectrum;
    }

    /** The symmetrised kernel A. */
    public SymmetrisedKernel kernel() {
        return kernel;
    }

    /** The held-out sets, in the order of {@link ExactPoint#sigmaHeld}. */
    public List<HeldOutSet> heldOut() {
        return heldOut;
    }

    /** The linearised flow at one flow time. */
    public ExactPoint at(FlowTime time) {
        return evaluate(time, kernel.toOperatorField(spectrum.apply(time)));
    }

    private ExactPoint evaluate(FlowTime time, double[] x) {
        for (double v : x) {
            if (!Double.isFinite(v)) {
                return diverged(time);
            }
        }
        double[] dTrain = shift(flow.operators().training(), x);
        List<MonteCarloEstimate> sigmas = new ArrayList<>();
        List<double[]> shifts = new ArrayList<>();
        for (HeldOutSet h : heldOut) {
            double[] d = shift(h.prediction(), x);
            shifts.add(d);
            sigmas.add(h.values().sigma(d));
        }
        return new ExactPoint(time, training.sigma(dTrain), sigmas, dTrain, shifts);
    }

    /**
     * Kernel ridge regression, t = ∞ with ridge ρ > 0, by conjugate gradients instead of the spectrum:
     * (A + ρ) y = z₀, i.e. (I + A/ρ) y = z₀/ρ, to relative residual {@code tolerance}.
     *
     * @throws ImplicitKernelFlow.NotConvergedException when CG does not converge in {@code maxIterations}
     */
    public ExactPoint ridgeLimit(double ridge, double tolerance, int maxIterations) {
        if (!(ridge > 0) || !Double.isFinite(ridge)) {
            throw new IllegalArgumentException("the conjugate-gradient limit needs a ridge > 0, got " + ridge);
        }
        double[] rhs = z0.clone();
        for (int k = 0; k < rhs.length; k++) {
            rhs[k] /= ridge;
        }
        CgSolve cg = CgSolve.solve(kernel::apply, 1 / ridge, rhs, tolerance, maxIterations);
        if (!cg.converged()) {
            throw new ImplicitKernelFlow.NotConvergedException(String.format(java.util.Locale.ROOT, "conjugate "
                    + "gradients for the ridge %.3g limit did not converge: relative residual %.3g after %d "
                    + "iterations", ridge, cg.residual(), cg.iterations()));
        }
        lastIterations = cg.iterations();
        return evaluate(FlowTime.infinite(ridge), kernel.toOperatorField(cg.x()));
    }

    /** CG iterations of the last {@link #ridgeLimit}. */
    public int lastIterations() {
        return lastIterations;
    }

    /** z₀ = Q Ŵ^{1/2} r₀ (a copy). */
    public double[] start() {
        return z0.clone();
    }

    /** A flow time at which amplified (negative-eigenvalue) modes have overflowed: σ = ∞, shifts NaN. */
    private ExactPoint diverged(FlowTime time) {
        MonteCarloEstimate inf = new MonteCarloEstimate(Double.POSITIVE_INFINITY, 0);
        List<MonteCarloEstimate> sigmas = new ArrayList<>();
        List<double[]> shifts = new ArrayList<>();
        for (HeldOutSet h : heldOut) {
            sigmas.add(inf);
            double[] nan = new double[h.values().size()];
            java.util.Arrays.fill(nan, Double.NaN);
            shifts.add(nan);
        }
        double[] nan = new double[training.size()];
        java.util.Arrays.fill(nan, Double.NaN);
        return new ExactPoint(time, inf, sigmas, nan, shifts);
    }

    /** Δr = −Θ Ŵ^{1/2} y = −op(Ŵ^{-1/2} y). */
    private static double[] shift(org.metricflow.numeric.kernel.operator.KernelOperator op, double[] x) {
        double[] out = new double[op.rows()];
        op.apply(x, 1, out);
        for (int k = 0; k < out.length; k++) {
            out[k] = -out[k];
        }
        return out;
    }

    /**
     * The flow times a search scans: {@code perDecade} log-spaced values from 10⁻²/(c λ_max) over {@code decades}
     * decades (t = ∞ not included).
     */
    public List<FlowTime> grid(double ridge, int decades, int perDecade) {
        double t0 = 1e-2 / (RATE * spectrum.largest());
        List<FlowTime> out = new ArrayList<>();
        for (int i = 0; i <= decades * perDecade; i++) {
            out.add(new FlowTime(t0 * Math.pow(10, (double) i / perDecade), ridge));
        }
        return out;
    }

    /**
     * The flow time (with ridge ρ) that minimises σ on held-out set {@code validation}: a log grid of
     * {@value #AUTO_DECADES} decades, 8 points each, plus t = ∞, then golden-section refinement in ln t between the
     * grid neighbours of the best point.
     *
     * @return the curve scanned (ascending t, t = ∞ last) and the best point
     */
    public AutoTime auto(int validation, double ridge) {
        List<ExactPoint> curve = new ArrayList<>();
        for (FlowTime t : grid(ridge, AUTO_DECADES, 8)) {
            curve.add(at(t));
        }
        curve.add(at(FlowTime.infinite(ridge)));
        int best = 0;
        for (int i = 1; i < curve.size(); i++) {
            if (held(curve.get(i), validation) < held(curve.get(best), validation)) {
                best = i;
            }
        }
        ExactPoint bestPoint = curve.get(best);
        if (best > 0 && best < curve.size() - 2) {
            double lo = Math.log(curve.get(best - 1).time().t());
            double hi = Math.log(curve.get(best + 1).time().t());
            double phi = (Math.sqrt(5) - 1) / 2;
            for (int it = 0; it < 12; it++) {
                double a = hi - phi * (hi - lo);
                double b = lo + phi * (hi - lo);
                if (held(at(new FlowTime(Math.exp(a), ridge)), validation)
                        < held(at(new FlowTime(Math.exp(b), ridge)), validation)) {
                    hi = b;
                } else {
                    lo = a;
                }
            }
            ExactPoint refined = at(new FlowTime(Math.exp((lo + hi) / 2), ridge));
            if (held(refined, validation) < held(bestPoint, validation)) {
                bestPoint = refined;
            }
        }
        return new AutoTime(curve, bestPoint);
    }

    /** Decades the automatic flow-time search scans. */
    public static final int AUTO_DECADES = 14;

    private static double held(ExactPoint p, int set) {
        return p.sigmaHeld().get(set).value();
    }

    /** A scanned learning curve and its best point on the validation set. */
    public record AutoTime(List<ExactPoint> curve, ExactPoint best) {
        public AutoTime {
            curve = List.copyOf(curve);
        }
    }
}
