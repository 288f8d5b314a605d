package org.metricflow.flows.quintic.study;

import java.util.List;
import java.util.Objects;
import org.hipparchus.random.Well19937c;
import org.metricflow.flows.quintic.CommonChartChoice;
import org.metricflow.flows.quintic.GradientForm;
import org.metricflow.flows.quintic.HermitianComponents;
import org.metricflow.flows.quintic.LossDensity;
import org.metricflow.flows.quintic.QuinticFlowOptions;
import org.metricflow.numeric.Parallel;
import org.metricflow.numeric.metric.MongeAmpereEstimate;
import org.metricflow.numeric.nn.MetricNetworks;
import org.metricflow.numeric.nn.Network;
import org.metricflow.numeric.nn.ReluArchitecture;
import org.metricflow.numeric.nn.StackedNetwork;
import org.metricflow.numeric.sampling.PointSample;

/**
 * The σ-loss metric flow of a finite network on the quintic (paper §3, "importance of feature learning"): one ReLU
 * network per real metric component ({@link HermitianComponents}, eq. (2.19)), input the 10 real ambient coordinates
 * of the patch-normalised point, g(x) = g_FS(x) + f_θ(x) − f_{θ₀}(x) in the common chart (so g = g_FS at θ₀). Gradient
 * descent θ ← θ − lr (1/N) Σ_k w_k J_θ(x_k)ᵀ G_k with G the loss gradient of {@code QuinticKernelFlow} (natural or
 * coordinate) and w the mean-one weights induces dg(x) = −lr (1/N) Σ_k Θ_θ(x, x_k) w_k G_k to first order in lr —
 * the kernel flow of {@code QuinticKernelFlow} with the empirical NTK Θ_θ (eq. 2.7). {@link KernelEvolution#FROZEN}
 * applies that update with Θ_{θ₀} exactly (the linearised network); {@link KernelEvolution#EVOLVING} trains the
 * network, so Θ_θ changes. Test points get f_θ (or the linearised prediction Θ_{θ₀}(y, ·)) and never enter the sum.
 * A step that would make g indefinite at a training or test point is halved (counted). Not thread-safe.
 */
public final class FiniteWidthFlow {

    private static final int C = HermitianComponents.COUNT;
    private static final int MAX_HALVINGS = 30;
    /** Training points over which the kernel drift is measured. */
    static final int DRIFT_POINTS = 200;

    private final ChartData train;
    private final ChartData test;
    private final QuinticFlowOptions options;
    private final KernelEvolution evolution;
    private final LossDensity loss;
    private final StackedNetwork initial;
    private final int threads;
    private final int dim;
    private final double[] xTrain;
    private final double[] xTest;
    private final double[] coef;
    private final double[] f0Train;
    private final double[] f0Test;
    private final double[][] kernelTrain;
    private final double[][] kernelTest;
    private final double[] g;
    private final double[] gTest;
    private StackedNetwork network;
    private int halvings;

    /**
     * @param architecture the component network (input dimension 2(n+1) = 10)
     * @param seed         seed of the initialisation
     */
    public FiniteWidthFlow(PointSample train, PointSample test, QuinticFlowOptions options,
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
        this.g = this.train.fs().clone();
        this.gTest = this.test.fs().clone();
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
        return train.estimate(g);
    }

    /** σ of the test set now. */
    public MongeAmpereEstimate sigmaTest() {
        return test.estimate(gTest);
    }

    /** The training metric now (copy, N × 9). */
    public double[] metric() {
        return g.clone();
    }

    /** Runs {@code steps} steps (stops early if no halving keeps g positive). */
    public FiniteWidthResult run(int steps) {
        if (steps < 0) {
            throw new IllegalArgumentException("steps must be >= 0, got " + steps);
        }
        var trainBefore = sigmaTrain().sigma();
        var testBefore = sigmaTest().sigma();
        int taken = 0;
        while (taken < steps && step()) {
            taken++;
        }
        return new FiniteWidthResult(evolution, taken, halvings, trainBefore, sigmaTrain().sigma(), testBefore,
                sigmaTest().sigma(), evolution == KernelEvolution.EVOLVING ? drift() : 0);
    }

    /** One step; false if g would become indefinite even after {@value #MAX_HALVINGS} halvings (state unchanged). */
    public boolean step() {
        double[] grad = lossGradient();
        double lr = options.learningRate();
        if (evolution == KernelEvolution.FROZEN) {
            double[] dTrain = apply(kernelTrain, grad, train.sample().size());
            double[] dTest = apply(kernelTest, grad, test.sample().size());
            for (int h = 0; h <= MAX_HALVINGS; h++, lr *= 0.5) {
                double[] a = axpy(g, -lr, dTrain);
                double[] b = axpy(gTest, -lr, dTest);
                if (ChartData.positive(a) && ChartData.positive(b)) {
                    System.arraycopy(a, 0, g, 0, g.length);
                    System.arraycopy(b, 0, gTest, 0, gTest.length);
                    halvings += h;
                    return true;
                }
            }
            return false;
        }
        double[] theta = network.parameters();
        double[] dTheta = pullback(grad);
        for (int h = 0; h <= MAX_HALVINGS; h++, lr *= 0.5) {
            StackedNetwork trial = network.withParameters(axpy(theta, -lr, dTheta));
            double[] a = metric(train.fs(), outputs(trial, xTrain), f0Train);
            double[] b = metric(test.fs(), outputs(trial, xTest), f0Test);
            if (ChartData.positive(a) && ChartData.positive(b)) {
                network = trial;
                System.arraycopy(a, 0, g, 0, g.length);
                System.arraycopy(b, 0, gTest, 0, gTest.length);
                halvings += h;
                return true;
            }
        }
        return false;
    }

    /** G_k per training point (N × 9): ∇_g l, or g ∇l g for the natural gradient. */
    private double[] lossGradient() {
        int n = train.sample().size();
        double kappa = sigmaTrain().kappa().value();
        double[] c = new double[n];
        for (int k = 0; k < n; k++) {
            c[k] = 1 / (kappa * train.omega2()[k]);
        }
        double[] grad = new double[n * C];
        loss.evaluate(g, c, new double[n], grad, n);
        if (options.gradient() == GradientForm.NATURAL) {
            double[] work = new double[54];
            double[] h = new double[C];
            for (int k = 0; k < n; k++) {
                System.arraycopy(grad, k * C, h, 0, C);
                HermitianComponents.sandwich(g, k * C, h, 0, grad, k * C, work);
            }
        }
        return grad;
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

    /** (1/N) Σ_k w_k J_θ(x_k)ᵀ G_k, component networks in parallel. */
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
        int m = Math.min(DRIFT_POINTS, coef.length);
        double[] x = java.util.Arrays.copyOf(xTrain, m * dim);
        double[][] now = kernels(network, x, x);
        double[][] then = kernels(initial, x, x);
        double num = 0;
        double den = 0;
        for (int c = 0; c < C; c++) {
            for (int i = 0; i < m * m; i++) {
                double e = now[c][i] - then[c][i];
                num += e * e;
                den += then[c][i] * then[c][i];
            }
        }
        return Math.sqrt(num / den);
    }

    private static double[] metric(double[] fs, double[] f, double[] f0) {
        double[] out = new double[fs.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = fs[i] + f[i] - f0[i];
        }
        return out;
    }

    private static double[] axpy(double[] y, double a, double[] x) {
        double[] out = new double[y.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = y[i] + a * x[i];
        }
        return out;
    }
}
