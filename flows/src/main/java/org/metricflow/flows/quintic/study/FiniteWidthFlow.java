package org.metricflow.flows.quintic.study;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.hipparchus.random.Well19937c;
import org.metricflow.flows.PointMetric;
import org.metricflow.flows.StepFlow;
import org.metricflow.flows.StepHalving;
import org.metricflow.flows.StepOutcome;
import org.metricflow.flows.quintic.CommonChartChoice;
import org.metricflow.flows.quintic.HermitianComponents;
import org.metricflow.flows.quintic.HermitianPointMetric;
import org.metricflow.flows.quintic.LossDensity;
import org.metricflow.flows.quintic.SigmaLoss;
import org.metricflow.flows.time.FlowResult;
import org.metricflow.flows.time.FlowRunner;
import org.metricflow.flows.time.FlowStatus;
import org.metricflow.flows.time.GuardReport;
import org.metricflow.flows.time.StepOptions;
import org.metricflow.numeric.Parallel;
import org.metricflow.numeric.metric.MongeAmpereEstimate;
import org.metricflow.numeric.nn.MetricNetworks;
import org.metricflow.numeric.nn.Network;
import org.metricflow.numeric.nn.ReluArchitecture;
import org.metricflow.numeric.nn.StackedNetwork;
import org.metricflow.numeric.sample.PointSample;

/**
 * The σ-loss metric flow of a finite network on the quintic (paper §3, "importance of feature learning"). One ReLU
 * network per real component ({@link HermitianComponents}, eq. (2.19)) takes the 10 real ambient coordinates of the
 * patch-normalised point and outputs a Hermitian 3×3 matrix M(x) = 1 + f_θ(x) − f_{θ₀}(x) in a g_FS-orthonormal frame:
 * g(x) = L(x) M(x) L(x)^H with g_FS = L L^H, so g = g_FS at θ₀ and det g = det g_FS · det M. The frame makes the
 * outputs dimensionless: in the common chart g_FS spans three orders of magnitude between points, and an additive
 * correction to g there (the parameterisation of {@code QuinticKernelFlow}) makes any smooth kernel indefinite at the
 * small metrics for every usable rate (measured). Since η = c·det M with c = det g_FS/(κ|Ω|²), the loss and its
 * gradient in M are {@link LossDensity}'s with that c; ∂l/∂M = l'(η)η M⁻¹ is L^H (∇_g l) L, the natural gradient.
 *
 * <p>Gradient descent θ ← θ − lr (1/N) Σ_k w_k J_θ(x_k)ᵀ ∂l/∂M_k (w mean-one weights) is true gradient descent on
 * the weighted loss and moves M by −lr (1/N) Σ_k Θ_θ(x, x_k) w_k ∂l/∂M_k to first order: the kernel flow of the
 * empirical NTK Θ_θ (eq. 2.7). {@link KernelEvolution#FROZEN} applies exactly that update with Θ_{θ₀} (the
 * linearised network); {@link KernelEvolution#EVOLVING} trains the network, so Θ_θ changes. Test points get M(y) from
 * the same network (or Θ_{θ₀}(y, ·)) and never enter the sum. Where M would be indefinite the positivity guard uses
 * 1 + s(M − 1) with s = 2^{−h} the largest factor keeping it positive ({@link StepHalving}; counted; s is locally
 * constant, so the gradient carries the factor s_k).
 *
 * <p>As a {@link StepFlow} the state is θ (evolving) or the corrections M − 1 at the training and test points
 * (frozen); M, s and the network outputs are derived from it (and cached for the last state seen), and a step of
 * size h is the update above with lr = h. {@link #run} drives it with {@link FlowRunner}. Not thread-safe.
 */
public final class FiniteWidthFlow implements StepFlow {

    private static final int C = HermitianComponents.COUNT;
    /** Training points over which the kernel drift is measured. */
    static final int DRIFT_POINTS = 200;

    private final ChartData train;
    private final ChartData test;
    private final FiniteWidthOptions options;
    private final KernelEvolution evolution;
    private final LossDensity loss;
    private final LossDensity logDet;
    private final StackedNetwork initial;
    private final int threads;
    private final int dim;
    private final double[] xTrain;
    private final double[] xTest;
    private final double[] coef;
    private final double[] detFs;
    private final double[] f0Train;
    private final double[] f0Test;
    private final double[][] kernelTrain;
    private final double[][] kernelTest;
    private final double[] delta;
    private final double[] deltaTest;
    private final double[] m;
    private final double[] mTest;
    private final double[] scale;
    private final String description;
    private StackedNetwork network;
    private double[] current;

    /**
     * @param options      learning rate, loss and condition limit
     * @param architecture the component network (input dimension 2(n+1) = 10)
     * @param seed         seed of the initialisation
     */
    public FiniteWidthFlow(PointSample train, PointSample test, FiniteWidthOptions options,
                           ReluArchitecture architecture, KernelEvolution evolution, long seed, int threads) {
        this.options = Objects.requireNonNull(options, "options");
        this.evolution = Objects.requireNonNull(evolution, "evolution");
        this.threads = threads;
        this.dim = 2 * train.coordinates();
        if (architecture.inputDimension() != dim) {
            throw new IllegalArgumentException("the network input dimension must be " + dim + " (real ambient "
                    + "coordinates), got " + architecture.inputDimension());
        }
        CommonChartChoice chart = CommonChartChoice.best(options.conditionLimit(), threads, train, test);
        this.train = ChartData.of(train.select(chart.kept()[0]), chart.chart(), threads);
        this.test = ChartData.of(test.select(chart.kept()[1]), chart.chart(), threads);
        this.loss = LossDensity.compile(options.loss());
        this.logDet = LossDensity.compile(SigmaLoss.SQUARED);
        this.initial = MetricNetworks.perComponent(architecture, C, new Well19937c(seed));
        this.network = initial;
        this.xTrain = this.train.sample().points();
        this.xTest = this.test.sample().points();
        int n = this.train.sample().size();
        double[] w = this.train.sample().weights();
        double mean = 0;
        for (double v : w) {
            mean += v / n;
        }
        this.coef = new double[n];
        for (int k = 0; k < n; k++) {
            coef[k] = w[k] / mean / n;
        }
        this.detFs = ChartData.determinants(this.train.fs());
        this.delta = new double[n * C];
        this.deltaTest = new double[this.test.sample().size() * C];
        this.m = identities(n);
        this.mTest = identities(this.test.sample().size());
        this.scale = new double[n];
        Arrays.fill(scale, 1.0);
        if (evolution == KernelEvolution.EVOLVING) {
            this.f0Train = outputs(initial, xTrain);
            this.f0Test = outputs(initial, xTest);
            this.kernelTrain = null;
            this.kernelTest = null;
        } else {
            this.f0Train = null;
            this.f0Test = null;
            this.kernelTrain = kernels(initial, xTrain, xTrain);
            this.kernelTest = kernels(initial, xTest, xTrain);
        }
        this.current = state();
        this.description = "finite-width-flow v1; " + options + "; " + evolution + "; " + architecture + "; seed="
                + seed + ", threads=" + threads + "; chart=" + chart.chart() + "; train=" + n + "#"
                + Integer.toHexString(Arrays.hashCode(xTrain)) + ", test=" + this.test.sample().size() + "#"
                + Integer.toHexString(Arrays.hashCode(xTest));
    }

    /** The current state: θ (evolving), or M − 1 at the training then the test points (frozen); a copy. */
    public double[] state() {
        if (evolution == KernelEvolution.EVOLVING) {
            return network.parameters();
        }
        double[] out = Arrays.copyOf(delta, delta.length + deltaTest.length);
        System.arraycopy(deltaTest, 0, out, delta.length, deltaTest.length);
        return out;
    }

    @Override
    public int stateDimension() {
        return evolution == KernelEvolution.EVOLVING ? initial.parameterCount() : delta.length + deltaTest.length;
    }

    /** The frame metric M at the training and test points (positive definite by construction). */
    @Override
    public PointMetric metric() {
        return new HermitianPointMetric(HermitianPointMetric.concat(xTrain, xTest), dim, y -> {
            load(y);
            return HermitianPointMetric.concat(m, mTest);
        });
    }

    /** Options, evolution, architecture, seed, thread count, chart and hashes of the training and test points. */
    @Override
    public String describe() {
        return description;
    }

    /** Number of training points used (after the common chart's conditioning cut). */
    public int trainingPoints() {
        return train.sample().size();
    }

    /** Number of test points used. */
    public int testPoints() {
        return test.sample().size();
    }

    /** σ of the training set now. */
    public MongeAmpereEstimate sigmaTrain() {
        return estimate(train, m);
    }

    /** σ of the test set now. */
    public MongeAmpereEstimate sigmaTest() {
        return estimate(test, mTest);
    }

    /** The frame metric M at the training points now (copy, N × 9; identity at the start). */
    public double[] frameMetric() {
        return m.clone();
    }

    /** μ_Ω-weighted mean loss density on the training set (κ from the current metric). */
    public double meanLoss() {
        double[] l = new double[coef.length];
        loss.evaluate(m, constants(), l, new double[l.length * C], l.length);
        double s = 0;
        for (int k = 0; k < l.length; k++) {
            s += coef[k] * l[k];
        }
        return s;
    }

    /**
     * Runs {@code steps} more steps of size lr from the current state with the flow runner.
     *
     * @throws IllegalStateException when a guard stops the run (naming the point); the flow keeps the last good state
     */
    public FiniteWidthResult run(int steps) {
        if (steps < 0) {
            throw new IllegalArgumentException("steps must be >= 0, got " + steps);
        }
        var trainBefore = sigmaTrain().sigma();
        var testBefore = sigmaTest().sigma();
        FlowResult r = new FlowRunner(StepOptions.fixed(options.learningRate(), steps)).run(this, state(),
                Double.POSITIVE_INFINITY);
        load(r.state());
        if (r.status() == FlowStatus.STOPPED) {
            throw new IllegalStateException("finite-width flow stopped: "
                    + r.stop().map(GuardReport::message).orElse("?"));
        }
        return new FiniteWidthResult(evolution, steps, clipped(delta), clipped(deltaTest), trainBefore,
                sigmaTrain().sigma(), testBefore, sigmaTest().sigma(),
                evolution == KernelEvolution.EVOLVING ? drift() : 0);
    }

    /** One gradient-descent step of size h on θ (or on the linearised network) from {@code state}. */
    @Override
    public StepOutcome step(double t, double[] state, double h) {
        load(state);
        int n = coef.length;
        double[] grad = lossGradient();
        for (int k = 0; k < n; k++) {
            for (int c = 0; c < C; c++) {
                grad[k * C + c] *= scale[k];
            }
        }
        double[] next = state.clone();
        if (evolution == KernelEvolution.FROZEN) {
            double[] dTrain = apply(kernelTrain, grad, n);
            double[] dTest = apply(kernelTest, grad, test.sample().size());
            for (int i = 0; i < dTrain.length; i++) {
                next[i] -= h * dTrain[i];
            }
            for (int i = 0; i < dTest.length; i++) {
                next[dTrain.length + i] -= h * dTest[i];
            }
        } else {
            double[] d = pullback(grad);
            for (int i = 0; i < next.length; i++) {
                next[i] -= h * d[i];
            }
        }
        load(next);
        return new StepOutcome.Accepted(next, clipped(delta) + clipped(deltaTest));
    }

    /**
     * Makes {@code state} current: the network (evolving), the corrections Δ = M − 1 and, through the positivity
     * guard, M and s at the training and test points. A no-op when it is current already.
     */
    private void load(double[] state) {
        if (Arrays.equals(state, current)) {
            return;
        }
        current = state.clone();
        if (evolution == KernelEvolution.EVOLVING) {
            network = initial.withParameters(state);
            difference(outputs(network, xTrain), f0Train, delta);
            difference(outputs(network, xTest), f0Test, deltaTest);
        } else {
            System.arraycopy(state, 0, delta, 0, delta.length);
            System.arraycopy(state, delta.length, deltaTest, 0, deltaTest.length);
        }
        guard(delta, m, scale);
        guard(deltaTest, mTest, new double[deltaTest.length / C]);
    }

    /**
     * ∂L/∂M_k / coef_k for L = Σ_k coef_k l(η_k) with κ = Σ w r/Σ w, r = det g/|Ω|², a function of M (N × 9):
     * G_k − ⟨l'η⟩ η_k ∂ln det M_k/∂M_k, G_k = l'(η_k) η_k ∂ln det M_k/∂M_k the gradient at fixed κ and
     * ⟨l'η⟩ = Σ_j coef_j l'(η_j)η_j (from Euler's relation M·∂det/∂M = 3 det, = Σ_j coef_j M_j·G_j/3). The κ term
     * removes the component along the global scaling M → λM, along which η and the loss are constant; without it a
     * smooth kernel accumulates a uniform drift that makes M indefinite (measured).
     */
    double[] lossGradient() {
        int n = coef.length;
        double[] c = constants();
        double[] grad = new double[n * C];
        loss.evaluate(m, c, new double[n], grad, n);
        double[] det = ChartData.determinants(m);
        double[] twoOverDet = new double[n];
        for (int k = 0; k < n; k++) {
            twoOverDet[k] = 2 / det[k];
        }
        // (η − 1)² at η = 2 has gradient 2·(2/det)·∂det/∂M = 4 ∂ln det/∂M, in the generated code's component convention
        double[] dLog = new double[n * C];
        logDet.evaluate(m, twoOverDet, new double[n], dLog, n);
        double mean = 0;
        for (int k = 0; k < n; k++) {
            double euler = 0;
            for (int p = 0; p < C; p++) {
                euler += m[k * C + p] * grad[k * C + p];
            }
            mean += coef[k] * euler / 3;
        }
        for (int k = 0; k < n; k++) {
            double eta = c[k] * det[k];
            for (int p = 0; p < C; p++) {
                grad[k * C + p] -= mean * eta * dLog[k * C + p] / 4;
            }
        }
        return grad;
    }

    /** The weight coef_k = w_k/(N mean w) of training point k in the loss L = Σ_k coef_k l(η_k). */
    double coefficient(int k) {
        return coef[k];
    }

    /** Replaces the frame metric at training point k (tests: finite differences of {@link #meanLoss()}). */
    void setFrameMetric(int k, double[] value) {
        System.arraycopy(value, 0, m, k * C, C);
    }

    /** c_k = det g_FS,k/(κ|Ω_k|²) with κ from the current metric, so that η_k = c_k det M_k. */
    private double[] constants() {
        double kappa = sigmaTrain().kappa().value();
        double[] c = new double[coef.length];
        for (int k = 0; k < c.length; k++) {
            c[k] = detFs[k] / (kappa * train.omega2()[k]);
        }
        return c;
    }

    private static MongeAmpereEstimate estimate(ChartData data, double[] frame) {
        double[] det = ChartData.determinants(frame);
        double[] fs = ChartData.determinants(data.fs());
        for (int k = 0; k < det.length; k++) {
            det[k] *= fs[k];
        }
        return data.estimate(det);
    }

    private static double[] identities(int n) {
        double[] out = new double[n * C];
        for (int k = 0; k < n; k++) {
            out[k * C] = 1;
            out[k * C + 1] = 1;
            out[k * C + 2] = 1;
        }
        return out;
    }

    /** M = 1 + sΔ with s = 2^{−h} the largest factor keeping M positive definite ({@link StepHalving}). */
    private static void guard(double[] d, double[] out, double[] s) {
        double[] trial = new double[C];
        for (int k = 0; k < s.length; k++) {
            int point = k;
            s[k] = StepHalving.largestFactor(t -> {
                for (int p = 0; p < C; p++) {
                    trial[p] = (p < 3 ? 1 : 0) + t * d[point * C + p];
                }
                return HermitianComponents.positiveDefinite(trial, 0);
            });
            for (int p = 0; p < C; p++) {
                out[k * C + p] = (p < 3 ? 1 : 0) + s[k] * d[k * C + p];
            }
        }
    }

    /** Number of points where the guard scales the correction down (s < 1). */
    private static int clipped(double[] d) {
        double[] s = new double[d.length / C];
        guard(d, new double[d.length], s);
        int count = 0;
        for (double v : s) {
            count += v < 1 ? 1 : 0;
        }
        return count;
    }

    private static void difference(double[] a, double[] b, double[] out) {
        for (int i = 0; i < out.length; i++) {
            out[i] = a[i] - b[i];
        }
    }

    /** d(x_a)_c = Σ_k Θ_c(x_a, x_k) coef_k G_{k,c} with per-component kernel matrices (rows × N). */
    private double[] apply(double[][] kernel, double[] grad, int rows) {
        int n = coef.length;
        double[] d = new double[rows * C];
        Parallel.forEachChunk(C, threads, c -> {
            double[] kc = kernel[c];
            double[] v = new double[n];
            for (int k = 0; k < n; k++) {
                v[k] = coef[k] * grad[k * C + c];
            }
            for (int a = 0; a < rows; a++) {
                double s = 0;
                for (int k = 0; k < n; k++) {
                    s += kc[a * n + k] * v[k];
                }
                d[a * C + c] = s;
            }
        });
        return d;
    }

    /** Σ_k coef_k J_θ(x_k)ᵀ G_k, component networks in parallel. */
    private double[] pullback(double[] grad) {
        List<Network> parts = network.parts();
        int[] offset = new int[C + 1];
        for (int c = 0; c < C; c++) {
            offset[c + 1] = offset[c] + parts.get(c).parameterCount();
        }
        double[] out = new double[offset[C]];
        int n = coef.length;
        Parallel.forEachChunk(C, threads, c -> {
            Network part = parts.get(c);
            double[] jac = new double[part.parameterCount()];
            for (int k = 0; k < n; k++) {
                double s = coef[k] * grad[k * C + c];
                if (s != 0) {
                    part.parameterJacobian(xTrain, k * dim, 0, jac);
                    for (int i = 0; i < jac.length; i++) {
                        out[offset[c] + i] += s * jac[i];
                    }
                }
            }
        });
        return out;
    }

    /** The 9 outputs at each point (N × 9), points in parallel chunks. */
    private double[] outputs(Network net, double[] x) {
        int n = x.length / dim;
        double[] out = new double[n * C];
        int chunk = 256;
        Parallel.forEachChunk((n + chunk - 1) / chunk, threads, q -> {
            for (int k = q * chunk; k < Math.min(n, (q + 1) * chunk); k++) {
                net.evaluate(x, k * dim, out, k * C);
            }
        });
        return out;
    }

    /** Per-component empirical NTK matrices Θ_c(x_a, y_b), rows × columns, row-major. */
    private double[][] kernels(StackedNetwork net, double[] xs, double[] ys) {
        int nx = xs.length / dim;
        int ny = ys.length / dim;
        double[][] out = new double[C][nx * ny];
        Parallel.forEachChunk(C, threads, c -> net.parts().get(c).tangentKernel(xs, nx, ys, ny, out[c]));
        return out;
    }

    /** ‖Θ_θ − Θ_{θ₀}‖_F/‖Θ_{θ₀}‖_F over the first {@value #DRIFT_POINTS} training points, all components. */
    private double drift() {
        int k = Math.min(DRIFT_POINTS, coef.length);
        double[] x = Arrays.copyOf(xTrain, k * dim);
        double[][] now = kernels(network, x, x);
        double[][] then = kernels(initial, x, x);
        double num = 0;
        double den = 0;
        for (int c = 0; c < C; c++) {
            for (int i = 0; i < k * k; i++) {
                double e = now[c][i] - then[c][i];
                num += e * e;
                den += then[c][i] * then[c][i];
            }
        }
        return Math.sqrt(num / den);
    }
}
