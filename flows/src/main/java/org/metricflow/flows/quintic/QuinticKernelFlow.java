package org.metricflow.flows.quintic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.metricflow.flows.PointMetric;
import org.metricflow.flows.StepFlow;
import org.metricflow.flows.StepHalving;
import org.metricflow.flows.StepOutcome;
import org.metricflow.flows.time.Checkpoint;
import org.metricflow.flows.time.FlowResult;
import org.metricflow.flows.time.FlowRunner;
import org.metricflow.flows.time.GuardReport;
import org.metricflow.flows.time.StepOptions;
import org.metricflow.numeric.kernel.operator.KernelOperator;
import org.metricflow.numeric.metric.CommonChartMetrics;
import org.metricflow.numeric.metric.MongeAmpere;
import org.metricflow.numeric.metric.MongeAmpereEstimate;
import org.metricflow.numeric.sample.PointSample;

/**
 * The discrete kernel metric flow of §3 on a training and a test sample of a Calabi–Yau threefold:
 * g(x) ← g(x) − lr d(x) with d(x) a kernel sum over the training points x' (weights ŵ' = w'/W, W = Σ w, for continuous
 * kernels; w'/mean(w) for the Delta kernel, see {@link KernelOperatorFactory}) at training points, and the same sum
 * with Θ(y, x') at test points y (prediction: the test metric moves with the kernel's extrapolation of the training
 * update, it is never used in the sum). κ is recomputed from the training metric at the start of every step, and the
 * gradient includes κ's dependence on g ({@link KappaCoupling}). All metrics live in one {@link CommonChartChoice
 * common chart}; η is chart independent. Not thread-safe.
 *
 * <p><b>The frame form ({@link GradientForm#FRAME}, default) is a descent direction.</b> The mean loss
 * L = Σ_j w_j l(η_j)/W, η_j = det g_j/(κ|Ω_j|²), κ = Σ_k w_k det g_k/|Ω_k|² / W, has
 * ∂L/∂g_j = (w_j/W) s_j g_j^{-1} with s_j = η_j [l'(η_j) − m], m = Σ_k w_k l'(η_k) η_k/W ({@link KappaCoupling}; the
 * −m is κ's dependence on g). The frame update is d_j = g_j S_j, S_j = Σ_k Θ(x_j, x_k) ŵ_k s_k: a scalar field,
 * smoothed by the kernel, times each point's own metric. To first order in lr, with n = 3 (tr(g_j^{-1} g_j) = 3):
 * <pre>  dL = −lr Σ_j tr(∂L/∂g_j d_j) = −3 lr Σ_j (w_j s_j/W) S_j = −3 lr Σ_{j,k} (ŵ s)_j Θ_jk (ŵ s)_k ≤ 0</pre>
 * for a positive semi-definite kernel (continuous kernels, ŵ = w/W; the Delta kernel gives −3 lr N Σ_j ŵ_j² s_j²).
 * With κ frozen, m = 0 and s = l'(η)η: this is −3 lr Σ (w l'η)_x Θ(x,x') (w l'η)_x'/W². With κ's dependence the
 * same s (including −m) must both be smoothed and paired: smoothing l'η alone pairs s with a different field and
 * is not a quadratic form. Further: Σ_j w_j s_j = 0, so a constant kernel gives S ≡ 0 (the global rescaling, to which
 * σ is blind, is not moved); det(g_j (1 − lr S_j)) = det g_j (1 − lr S_j)³ exactly, so the update only rescales
 * each metric and g stays positive definite iff lr S_j < 1. The {@link GradientForm#NATURAL natural} form
 * d_j = Σ_k Θ_jk ŵ_k s_k g_k pairs to −lr Σ_{j,k} (ŵ s)_j Θ_jk ŵ_k s_k tr(g_j^{-1} g_k), not a form in s, and for
 * a non-local kernel adds a neighbour's metric (in one chart det g spans 10⁻¹³…10) to a point's own; on training points
 * of the Delta kernel (Θ_jk = δ_jk) the two coincide. {@link #lossRate()} is the first-order rate for any form.
 *
 * <p>As a {@link StepFlow} the state is the training metrics followed by the test metrics (9 reals per point), a step
 * of size h is the update above with lr = h, and the runner ({@link FlowRunner}) guards, observes and checkpoints it;
 * {@link #run} drives it with the runner and leaves this object at the final state.
 */
public final class QuinticKernelFlow implements StepFlow {

    private static final Logger LOG = LogManager.getLogger(QuinticKernelFlow.class);
    private static final int C = HermitianComponents.COUNT;

    private final PointSample train;
    private final PointSample test;
    private final QuinticFlowOptions options;
    private final CommonChartChoice chart;
    private final LossDensity loss;
    private final FlowOperators operators;
    private final KernelOperator trainingOperator;
    private final KernelOperator predictionOperator;
    private final double[] omegaTrain;
    private final double[] omegaTest;
    private final double[] g;
    private final double[] gTest;
    private final double[] flowWeights;
    private final int threads;
    private int step;

    /**
     * Prepares a flow: chooses the common chart, initialises g to the restricted FS metric there, compiles the loss
     * and builds the kernel operators.
     */
    public QuinticKernelFlow(PointSample train, PointSample test, QuinticFlowOptions options, int threads) {
        this(train, test, options, OperatorOptions.defaults(), threads);
    }

    /** As above, with the kernel's storage (precomputed up to a memory budget) and clustering chosen by {@code ops}. */
    public QuinticKernelFlow(PointSample train, PointSample test, QuinticFlowOptions options, OperatorOptions ops,
                             int threads) {
        Objects.requireNonNull(train, "train");
        Objects.requireNonNull(ops, "ops");
        Objects.requireNonNull(test, "test");
        this.options = Objects.requireNonNull(options, "options");
        this.threads = threads;
        if (train.dimension() != 3 || test.dimension() != 3) {
            throw new IllegalArgumentException("kernel flows need a Calabi-Yau threefold, got dimension "
                    + train.dimension());
        }
        this.chart = CommonChartChoice.best(options.conditionLimit(), threads, train, test);
        this.train = train.select(chart.kept()[0]);
        this.test = test.select(chart.kept()[1]);
        if (this.train.size() == 0 || this.test.size() == 0) {
            throw new IllegalArgumentException("no training or test point has a Jacobian condition number <= "
                    + options.conditionLimit() + " in any chart");
        }
        LOG.info(() -> "common chart " + chart.chart() + ": left out " + chart.dropped(0, train.size())
                + " training and " + chart.dropped(1, test.size()) + " test points with condition number > "
                + options.conditionLimit());
        CommonChartMetrics ct = CommonChartMetrics.of(this.train, chart.chart(), threads);
        CommonChartMetrics cs = CommonChartMetrics.of(this.test, chart.chart(), threads);
        this.g = components(ct);
        this.gTest = components(cs);
        this.omegaTrain = ct.omegaAbs2();
        this.omegaTest = cs.omegaAbs2();
        this.loss = LossDensity.compile(options.loss());
        int n1 = train.coordinates();
        double[] w = meanOne(this.train.weights());
        this.operators = KernelOperatorFactory.operators(options, ops, n1, this.train.points(), this.test.points(), w,
                threads);
        this.flowWeights = KernelOperatorFactory.flowWeights(options.kernel(), w);
        this.trainingOperator = operators.training();
        this.predictionOperator = operators.prediction();
    }

    /** The kernel operators and how they are stored. */
    public FlowOperators operators() {
        return operators;
    }

    /** The options. */
    public QuinticFlowOptions options() {
        return options;
    }

    /** The common chart and its conditioning. */
    public CommonChartChoice chart() {
        return chart;
    }

    /** The training points used (those the common chart holds well). */
    public PointSample trainingSample() {
        return train;
    }

    /** The test points used. */
    public PointSample testSample() {
        return test;
    }

    /** The weights ŵ_k of the kernel sums (w_k/(N mean w); w_k/mean w for the Delta kernel); a copy. */
    public double[] flowWeights() {
        return flowWeights.clone();
    }

    /** The current metric on the training points. */
    public PointValues trainingValues() {
        return values(train, g, omegaTrain);
    }

    /** The current (predicted) metric on the test points, with the prediction operator. */
    public HeldOutSet testSet() {
        return new HeldOutSet(values(test, gTest, omegaTest), predictionOperator);
    }

    /**
     * Other held-out points (e.g. a validation sample) at the initial (Fubini–Study) metric, in this flow's chart: the
     * points whose Jacobian condition number there exceeds the flow's limit are left out, as for the test set.
     */
    public HeldOutSet heldOut(PointSample other) {
        double[] cond = CommonChartMetrics.of(other, chart.chart(), 1).conditioning();
        int[] keep = java.util.stream.IntStream.range(0, cond.length)
                .filter(k -> cond[k] <= options.conditionLimit()).toArray();
        if (keep.length == 0) {
            throw new IllegalArgumentException("no held-out point has a Jacobian condition number <= "
                    + options.conditionLimit() + " in chart " + chart.chart());
        }
        PointSample kept = other.select(keep);
        CommonChartMetrics m = CommonChartMetrics.of(kept, chart.chart(), 1);
        return new HeldOutSet(values(kept, components(m), m.omegaAbs2()), operators.predictor().apply(kept.points()));
    }

    /**
     * Rescales the metric at every point, g ← g e^{Δf/3}, so that ln det g grows by Δf (n = 3); g stays positive
     * definite. Counts as one step.
     *
     * @param dfTrain Δf per training point
     * @param dfTest  Δf per test point
     */
    public void rescale(double[] dfTrain, double[] dfTest) {
        if (dfTrain.length != g.length / C || dfTest.length != gTest.length / C) {
            throw new IllegalArgumentException("need " + g.length / C + " training and " + gTest.length / C
                    + " test values, got " + dfTrain.length + " and " + dfTest.length);
        }
        scale(g, dfTrain);
        scale(gTest, dfTest);
        step++;
    }

    private static void scale(double[] metric, double[] df) {
        for (int k = 0; k < df.length; k++) {
            double f = Math.exp(df[k] / 3);
            for (int p = 0; p < C; p++) {
                metric[k * C + p] *= f;
            }
        }
    }

    private static PointValues values(PointSample s, double[] metric, double[] omega2) {
        double[] logDet = new double[s.size()];
        for (int k = 0; k < logDet.length; k++) {
            logDet[k] = Math.log(HermitianComponents.determinant(metric, k * C));
        }
        return new PointValues(s, logDet, omega2);
    }

    /** The current state (copies). */
    public FlowState state() {
        return new FlowState(step, g, gTest);
    }

    /** The current state vector: training metrics, then test metrics (a copy). */
    public double[] stateVector() {
        double[] all = Arrays.copyOf(g, g.length + gTest.length);
        System.arraycopy(gTest, 0, all, g.length, gTest.length);
        return all;
    }

    /** Replaces the metrics by a state vector ({@link #stateVector()} layout). */
    public void restore(double[] state) {
        requireLength(state);
        System.arraycopy(state, 0, g, 0, g.length);
        System.arraycopy(state, g.length, gTest, 0, gTest.length);
    }

    private void requireLength(double[] state) {
        if (state.length != stateDimension()) {
            throw new IllegalArgumentException("state has " + state.length + " entries, this flow needs "
                    + stateDimension() + " (" + g.length / C + " training and " + gTest.length / C + " test points)");
        }
    }

    @Override
    public int stateDimension() {
        return g.length + gTest.length;
    }

    @Override
    public PointMetric metric() {
        return new HermitianPointMetric(HermitianPointMetric.concat(train.points(), test.points()),
                2 * train.coordinates(), y -> y);
    }

    /**
     * Options, kernel storage and clusters, thread count (matrix-free sums are ordered per thread), chart, and hashes
     * of the training and test points.
     */
    @Override
    public String describe() {
        return "quintic-kernel-flow v1; " + options + "; storage=" + operators.storage() + ", clusters="
                + operators.clusters() + ", threads=" + threads + "; chart=" + chart.chart() + "; train="
                + train.size() + "#" + Integer.toHexString(Arrays.hashCode(train.points())) + ", test="
                + test.size() + "#" + Integer.toHexString(Arrays.hashCode(test.points()));
    }

    /** Replaces the metrics by a saved state (resume); sizes must match. */
    public void restore(FlowState s) {
        if (s.train().length != g.length || s.test().length != gTest.length) {
            throw new IllegalArgumentException("state has " + s.train().length / C + " training and "
                    + s.test().length / C + " test points, this flow " + g.length / C + " and " + gTest.length / C);
        }
        System.arraycopy(s.train(), 0, g, 0, g.length);
        System.arraycopy(s.test(), 0, gTest, 0, gTest.length);
        step = s.step();
    }

    /** σ (B.11) of the training set for the current metric. */
    public MongeAmpereEstimate sigmaTrain() {
        return estimate(train, g, omegaTrain);
    }

    /** σ of the test set for the current (predicted) metric. */
    public MongeAmpereEstimate sigmaTest() {
        return estimate(test, gTest, omegaTest);
    }

    /**
     * The update g ← g − h·d at training and test points from {@code state}. With {@link PositivityPolicy#CLIP} the
     * update is halved ({@link StepHalving}) at each point where g would become indefinite (counted and logged); with
     * {@link PositivityPolicy#STOP} it is applied as is and the runner's guard stops the run at the offending point.
     */
    @Override
    public StepOutcome step(double t, double[] state, double h) {
        restore(state);
        double[] dTrain = new double[g.length];
        double[] dTest = new double[gTest.length];
        direction(dTrain, dTest);
        double[] next = state.clone();
        boolean clip = options.positivity() == PositivityPolicy.CLIP;
        int clipped = apply(next, 0, g.length, dTrain, h, clip) + apply(next, g.length, gTest.length, dTest, h, clip);
        if (clipped > 0) {
            LOG.info(() -> "step at t = " + t + ": clipped the update at " + clipped
                    + " points to keep g positive definite");
        }
        return new StepOutcome.Accepted(next, clipped);
    }

    /**
     * The scalar s_j = η_j[l'(η_j) − m] of the exact gradient at the training points (κ's dependence included,
     * {@link KappaCoupling}): the frame flow is d ln det g/dt = −3 Σ_k Θ_jk ŵ_k s_k.
     */
    public double[] frameDensity() {
        double[] s = new double[train.size()];
        KappaCoupling.frameDensity(g, chartConstants(), train.weights(), train.size(), options.loss(), s);
        return s;
    }

    /** The update direction d at the training points for the current metric: a step is g ← g − lr·d (n × 9). */
    public double[] updateDirection() {
        double[] d = new double[g.length];
        direction(d, new double[gTest.length]);
        return d;
    }

    /**
     * The first-order rate of change dL/d(lr) = −Σ_j tr(∂L/∂g_j d_j) of the {@link #meanLoss mean loss} along the
     * current update (κ's dependence included); ≤ 0 for the frame form with a positive semi-definite kernel.
     */
    public double lossRate() {
        int n = train.size();
        double[] c = chartConstants();
        double[] grad = new double[n * C];
        loss.evaluate(g, c, new double[n], grad, n);
        KappaCoupling.correct(g, c, train.weights(), grad, n, options.loss());
        double[] d = updateDirection();
        double[] w = train.weights();
        double sw = 0;
        double rate = 0;
        for (int k = 0; k < n; k++) {
            double pair = 0;
            for (int p = 0; p < C; p++) {
                // stored off-diagonal (Re, Im) gradient entries are half the partial derivative
                pair += (p < 3 ? 1 : 2) * grad[k * C + p] * d[k * C + p];
            }
            rate -= w[k] * pair;
            sw += w[k];
        }
        return rate / sw;
    }

    private double[] chartConstants() {
        int n = train.size();
        double kappa = sigmaTrain().kappa().value();
        double[] c = new double[n];
        for (int k = 0; k < n; k++) {
            c[k] = 1 / (kappa * omegaTrain[k]);
        }
        return c;
    }

    /** Fills the update directions at training and test points for the current metric ({@link GradientForm}). */
    private void direction(double[] dTrain, double[] dTest) {
        int n = train.size();
        double[] c = chartConstants();
        if (options.gradient() == GradientForm.FRAME) {
            double[] s = new double[n];
            KappaCoupling.frameDensity(g, c, train.weights(), n, options.loss(), s);
            frame(trainingOperator, s, g, dTrain);
            frame(predictionOperator, s, gTest, dTest);
            return;
        }
        double[] grad = new double[n * C];
        loss.evaluate(g, c, new double[n], grad, n);
        KappaCoupling.correct(g, c, train.weights(), grad, n, options.loss());
        if (options.gradient() == GradientForm.NATURAL) {
            double[] work = new double[54];
            double[] h = new double[C];
            for (int k = 0; k < n; k++) {
                System.arraycopy(grad, k * C, h, 0, C);
                HermitianComponents.sandwich(g, k * C, h, 0, grad, k * C, work);
            }
        }
        trainingOperator.apply(grad, C, dTrain);
        predictionOperator.apply(grad, C, dTest);
    }

    /** d_a = g_a Σ_b Θ(y_a, x_b) ŵ_b s_b at the operator's row points. */
    private static void frame(KernelOperator op, double[] s, double[] metric, double[] d) {
        double[] smoothed = new double[op.rows()];
        op.apply(s, 1, smoothed);
        for (int a = 0; a < smoothed.length; a++) {
            for (int p = 0; p < C; p++) {
                d[a * C + p] = smoothed[a] * metric[a * C + p];
            }
        }
    }

    /** Runs {@code steps} more steps of size lr from the current state, reporting each to {@code listener} (may be null). */
    public QuinticFlowResult run(int steps, Consumer<StepRecord> listener) {
        if (steps < 0) {
            throw new IllegalArgumentException("steps must be >= 0, got " + steps);
        }
        return run(StepOptions.fixed(options.learningRate(), steps), null, listener);
    }

    /**
     * Runs with the flow runner: from the current state, or continued from {@code resume} (written by the same
     * configuration), until {@code stepOptions.maxSteps()} steps of this run in total, checkpointing on the options'
     * schedule. Gains are relative to the state before the call (the Fubini–Study metric of a fresh flow, also when
     * resuming); the history holds the steps of this invocation; the flow is left at the final (last good) state.
     *
     * @throws IllegalArgumentException when the checkpoint belongs to another configuration or has more steps
     */
    public QuinticFlowResult run(StepOptions stepOptions, Checkpoint resume, Consumer<StepRecord> listener) {
        MongeAmpereEstimate trainBefore = sigmaTrain();
        MongeAmpereEstimate testBefore = sigmaTest();
        int offset = resume == null ? step : 0;
        List<StepRecord> history = new ArrayList<>();
        long[] clippedTotal = new long[1];
        double[] lossBefore = {Double.NaN};
        FlowRunner runner = new FlowRunner(stepOptions).withObserver(snapshot -> {
            restore(snapshot.state());
            if (!Double.isNaN(lossBefore[0])) {
                StepRecord r = new StepRecord(offset + (int) snapshot.step(), sigmaTrain().sigma().value(),
                        lossBefore[0], snapshot.clipped());
                clippedTotal[0] += r.clipped();
                history.add(r);
                if (listener != null) {
                    listener.accept(r);
                }
            }
            lossBefore[0] = meanLoss();
        });
        FlowResult r = resume == null ? runner.run(this, stateVector(), Double.POSITIVE_INFINITY)
                : runner.resume(this, resume, Double.POSITIVE_INFINITY);
        restore(r.state());
        step = offset + (int) r.steps();
        return new QuinticFlowResult(trainBefore.sigma(), sigmaTrain().sigma(), testBefore.sigma(),
                sigmaTest().sigma(), history, r.stop().map(GuardReport::message).orElse(null), chart.chart(),
                chart.worstCond(), clippedTotal[0], state());
    }

    /** μ_Ω-weighted mean of the loss density on the training set (κ from the current metric). */
    public double meanLoss() {
        int n = train.size();
        double[] l = new double[n];
        loss.evaluate(g, chartConstants(), l, new double[n * C], n);
        double[] w = train.weights();
        double sum = 0;
        double sw = 0;
        for (int k = 0; k < n; k++) {
            sum += w[k] * l[k];
            sw += w[k];
        }
        return sum / sw;
    }

    /**
     * metric ← metric − h·d on {@code count} components from {@code from}; with {@code clip}, halving the update at each
     * point where g would become indefinite. Returns the number of clipped points.
     */
    private static int apply(double[] metric, int from, int count, double[] d, double h, boolean clip) {
        double[] trial = new double[C];
        int clipped = 0;
        for (int k = 0; k < count / C; k++) {
            int base = from + k * C;
            int point = k;
            double factor = !clip ? 1 : StepHalving.largestFactor(f -> {
                for (int p = 0; p < C; p++) {
                    trial[p] = metric[base + p] - f * h * d[point * C + p];
                }
                return HermitianComponents.positiveDefinite(trial, 0);
            });
            if (factor != 1) {
                clipped++;
            }
            for (int p = 0; p < C; p++) {
                metric[base + p] = factor == 0 ? metric[base + p] : metric[base + p] - factor * h * d[k * C + p];
            }
        }
        return clipped;
    }

    private static MongeAmpereEstimate estimate(PointSample s, double[] metric, double[] omega2) {
        double[] det = new double[s.size()];
        for (int k = 0; k < det.length; k++) {
            det[k] = HermitianComponents.determinant(metric, k * C);
        }
        return MongeAmpere.estimate(s.manifold().volumeFubiniStudy(), s.weights(), det, omega2, s.line());
    }

    private static double[] components(CommonChartMetrics m) {
        double[] out = new double[m.size() * C];
        for (int k = 0; k < m.size(); k++) {
            HermitianComponents.fromComplex(m.metric(), k * 18, out, k * C);
        }
        return out;
    }

    private static double[] meanOne(double[] w) {
        double mean = 0;
        for (double x : w) {
            mean += x;
        }
        mean /= w.length;
        double[] out = new double[w.length];
        for (int k = 0; k < w.length; k++) {
            out[k] = w[k] / mean;
        }
        return out;
    }
}
