package org.metricflow.flows.quintic;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.metricflow.numeric.kernel.KernelOperator;
import org.metricflow.numeric.metric.CommonChartMetrics;
import org.metricflow.numeric.metric.MongeAmpere;
import org.metricflow.numeric.metric.MongeAmpereEstimate;
import org.metricflow.numeric.sampling.PointSample;

/**
 * The discrete kernel metric flow of §3 on a training and a test sample of a Calabi–Yau threefold:
 * g(x) ← g(x) − lr (1/N) Σ_{x'} Θ(x, x') w(x') ∇l(x') at training points, and the same sum with Θ(y, x') at test
 * points y (prediction: the test metric moves with the kernel's extrapolation of the training update, it is never
 * used in the sum). κ is recomputed from the training metric at the start of every step, and the gradient includes κ's
 * dependence on g ({@link KappaCoupling}), so it is the exact gradient of the discrete mean loss.
 * All metrics live in one {@link CommonChartChoice common chart}; η is chart independent. Not thread-safe.
 */
public final class QuinticKernelFlow {

    private static final Logger LOG = LogManager.getLogger(QuinticKernelFlow.class);
    private static final int C = HermitianComponents.COUNT;
    private static final int MAX_HALVINGS = 40;

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
        this.omegaTrain = omegaAbs2(ct);
        this.omegaTest = omegaAbs2(cs);
        this.loss = LossDensity.compile(options.loss());
        int n1 = train.coordinates();
        double[] w = meanOne(this.train.weights());
        this.operators = KernelOperatorFactory.operators(options, ops, n1, this.train.points(), this.test.points(), w,
                threads);
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

    /** The current state (copies). */
    public FlowState state() {
        return new FlowState(step, g, gTest);
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
     * One step. Returns null if it was taken, else the reason it was not (policy {@link PositivityPolicy#STOP} and
     * an update that would make g indefinite; the state is unchanged).
     */
    public String step(int[] clippedOut) {
        int n = train.size();
        double kappa = sigmaTrain().kappa().value();
        double[] c = new double[n];
        for (int k = 0; k < n; k++) {
            c[k] = 1 / (kappa * omegaTrain[k]);
        }
        double[] l = new double[n];
        double[] grad = new double[n * C];
        loss.evaluate(g, c, l, grad, n);
        KappaCoupling.correct(g, c, train.weights(), grad, n, options.loss());
        if (options.gradient() == GradientForm.NATURAL) {
            double[] work = new double[54];
            double[] h = new double[C];
            for (int k = 0; k < n; k++) {
                System.arraycopy(grad, k * C, h, 0, C);
                HermitianComponents.sandwich(g, k * C, h, 0, grad, k * C, work);
            }
        }
        double[] dTrain = new double[n * C];
        double[] dTest = new double[test.size() * C];
        trainingOperator.apply(grad, C, dTrain);
        predictionOperator.apply(grad, C, dTest);
        double lr = options.learningRate();
        String stop = check("training", g, dTrain, lr);
        if (stop == null) {
            stop = check("test", gTest, dTest, lr);
        }
        if (stop != null) {
            return "step " + (step + 1) + ": " + stop;
        }
        int clipped = apply(g, dTrain, lr) + apply(gTest, dTest, lr);
        if (clipped > 0) {
            LOG.info(() -> "step " + (step + 1) + ": clipped the update at " + clipped
                    + " points to keep g positive definite");
        }
        clippedOut[0] = clipped;
        step++;
        return null;
    }

    /** Runs up to {@code steps} steps, reporting each to {@code listener} (may be null). */
    public QuinticFlowResult run(int steps, Consumer<StepRecord> listener) {
        if (steps < 0) {
            throw new IllegalArgumentException("steps must be >= 0, got " + steps);
        }
        MongeAmpereEstimate trainBefore = sigmaTrain();
        MongeAmpereEstimate testBefore = sigmaTest();
        List<StepRecord> history = new ArrayList<>();
        String reason = null;
        long clippedTotal = 0;
        int[] clipped = new int[1];
        for (int s = 0; s < steps && reason == null; s++) {
            double lossBefore = meanLoss();
            clipped[0] = 0;
            reason = step(clipped);
            if (reason == null) {
                clippedTotal += clipped[0];
                StepRecord r = new StepRecord(step, sigmaTrain().sigma().value(), lossBefore, clipped[0]);
                history.add(r);
                if (listener != null) {
                    listener.accept(r);
                }
            }
        }
        return new QuinticFlowResult(trainBefore.sigma(), sigmaTrain().sigma(), testBefore.sigma(),
                sigmaTest().sigma(), history, reason, chart.chart(), chart.worstCond(), clippedTotal, state());
    }

    /** μ_Ω-weighted mean of the loss density on the training set (κ from the current metric). */
    public double meanLoss() {
        int n = train.size();
        double kappa = sigmaTrain().kappa().value();
        double[] c = new double[n];
        for (int k = 0; k < n; k++) {
            c[k] = 1 / (kappa * omegaTrain[k]);
        }
        double[] l = new double[n];
        loss.evaluate(g, c, l, new double[n * C], n);
        double[] w = train.weights();
        double sum = 0;
        double sw = 0;
        for (int k = 0; k < n; k++) {
            sum += w[k] * l[k];
            sw += w[k];
        }
        return sum / sw;
    }

    private String check(String set, double[] metric, double[] d, double lr) {
        if (options.positivity() != PositivityPolicy.STOP) {
            return null;
        }
        double[] trial = new double[C];
        for (int k = 0; k < metric.length / C; k++) {
            for (int p = 0; p < C; p++) {
                trial[p] = metric[k * C + p] - lr * d[k * C + p];
            }
            if (!HermitianComponents.positiveDefinite(trial, 0)) {
                return "the update makes g indefinite at " + set + " point " + k + " (det g would be "
                        + HermitianComponents.determinant(trial, 0) + ", was "
                        + HermitianComponents.determinant(metric, k * C) + "); lower the learning rate";
            }
        }
        return null;
    }

    /** g ← g − lr·d, halving d at points where g would become indefinite; returns the number of clipped points. */
    private static int apply(double[] metric, double[] d, double lr) {
        double[] trial = new double[C];
        int clipped = 0;
        for (int k = 0; k < metric.length / C; k++) {
            double t = lr;
            for (int h = 0; h <= MAX_HALVINGS; h++, t *= 0.5) {
                for (int p = 0; p < C; p++) {
                    trial[p] = metric[k * C + p] - t * d[k * C + p];
                }
                if (HermitianComponents.positiveDefinite(trial, 0)) {
                    break;
                }
            }
            if (t != lr) {
                clipped++;
            }
            if (HermitianComponents.positiveDefinite(trial, 0)) {
                System.arraycopy(trial, 0, metric, k * C, C);
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

    private static double[] omegaAbs2(CommonChartMetrics m) {
        double[] o = m.omega();
        double[] out = new double[m.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = o[2 * k] * o[2 * k] + o[2 * k + 1] * o[2 * k + 1];
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
