package org.metricflow.flows.cy;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Consumer;
import org.ejml.data.ZMatrixRMaj;
import org.ejml.dense.row.CommonOps_ZDRM;
import org.metricflow.flows.PointMetric;
import org.metricflow.flows.StepFlow;
import org.metricflow.flows.StepOutcome;
import org.metricflow.flows.time.Checkpoint;
import org.metricflow.numeric.kahler.AlgebraicMetric;
import org.metricflow.numeric.kahler.MongeAmpereLoss;
import org.metricflow.numeric.kahler.VelocityProjection;
import org.metricflow.numeric.sample.PointSample;

/**
 * The potential flows of appendix B acting on K = (1/kπ) ln(s^† H s), a one-layer holomorphic network whose metric
 * is Kähler and in the FS class by construction ({@link KahlerFlow}): the Monge–Ampère (σ-loss) flow, gradient
 * descent of {@link MongeAmpereLoss} in H, or the Kähler–Ricci / Calabi flow induced on H by a potential velocity
 * ({@link VelocityProjection}, whose Γ takes the place of the loss gradient). H = F^† F with F = B F₀ (F₀ the
 * Cholesky factor of the starting H, typically balanced, so B starts at 1 and all parameters are O(1));
 * dL/dB = 2 F Γ F₀^† for dL = Re tr(dH Γ).
 *
 * <p>A {@link StepFlow} on the one runtime ({@link org.metricflow.flows.time.FlowRunner}): the state is [B, Adam m, Adam v, Adam steps] (B and
 * the moments 2N_k² doubles each, interleaved complex, row-major), so a checkpoint holds the optimiser too and a
 * resumed run is bit-identical. Step s is mini-batch s mod b of epoch e = ⌊s/b⌋ (b batches per epoch, order
 * shuffled with seed + e) with the {@link Adam} step size h·decay^e; H = F^† F keeps g positive by construction, the
 * runner's guard reads g at {@value SamplePointMetric#POINTS} training points.
 */
public final class PotentialFlow implements StepFlow {

    /**
     * One finished epoch: mean over the epoch's batches of the loss (Monge–Ampère) or of ⟨(v − ⟨v⟩)²⟩ (velocity
     * flows), and of σ, and its CPU time.
     */
    public record Epoch(int epoch, double loss, double sigma, double cpuSeconds, AlgebraicMetric metric) {
    }

    private final AlgebraicMetric start;
    private final PointSample train;
    private final EpochOptions options;
    private final KahlerFlow flow;
    private final ZMatrixRMaj f0;
    private final int nk;
    private final BatchSchedule schedule;
    private MongeAmpereLoss loss;
    private VelocityProjection projection;
    private EpochMeans means;

    /** The Monge–Ampère flow from {@code start} (B = 1). */
    public PotentialFlow(AlgebraicMetric start, PointSample train, EpochOptions options) {
        this(start, train, options, KahlerFlow.MONGE_AMPERE);
    }

    /** The flow {@code flow} from {@code start} (B = 1 in {@link #initialState()}). */
    public PotentialFlow(AlgebraicMetric start, PointSample train, EpochOptions options, KahlerFlow flow) {
        this.start = Objects.requireNonNull(start, "start");
        this.train = Objects.requireNonNull(train, "train");
        this.options = Objects.requireNonNull(options, "options");
        this.flow = Objects.requireNonNull(flow, "flow");
        this.nk = start.basis().size();
        this.f0 = new ZMatrixRMaj(nk, nk);
        CommonOps_ZDRM.transpose(start.factorTransposed(), f0);
        this.schedule = new BatchSchedule(train.size(), options.batch(), options.seed());
    }

    /** The flow being run. */
    public KahlerFlow flow() {
        return flow;
    }

    /** Adam steps (mini-batches) per epoch. */
    public int batchesPerEpoch() {
        return schedule.batches();
    }

    /** B = 1, zero moments, no step taken. */
    public double[] initialState() {
        double[] y = new double[stateDimension()];
        for (int a = 0; a < nk; a++) {
            y[2 * (a * nk + a)] = 1;
        }
        return y;
    }

    /** The metric H = F^† F of a state. */
    public AlgebraicMetric metric(double[] state) {
        ZMatrixRMaj f = factor(matrix(state, 0));
        ZMatrixRMaj h = new ZMatrixRMaj(nk, nk);
        CommonOps_ZDRM.multTransA(f, f, h);
        return new AlgebraicMetric(start.manifold(), start.basis(), h);
    }

    @Override
    public int stateDimension() {
        return 6 * nk * nk + 1;
    }

    @Override
    public PointMetric metric() {
        return new SamplePointMetric(train, this::metric, options.threads());
    }

    @Override
    public String describe() {
        return "cy potential flow " + flow + " on " + start.manifold().name() + " k=" + start.k() + " N_k=" + nk
                + " H0#" + Integer.toHexString(Arrays.hashCode(start.h().data)) + " train="
                + SamplePointMetric.fingerprint(train)
                + " batch=" + options.batch() + " decay=" + options.decay() + " seed=" + options.seed()
                + " threads=" + options.threads();
    }

    /** One mini-batch Adam step (the step size h·decay^epoch); the batch's loss and σ go to the epoch lines. */
    @Override
    public StepOutcome step(double t, double[] state, double h) {
        int m2 = 2 * nk * nk;
        long s = (long) state[3 * m2];
        ZMatrixRMaj f = factor(matrix(state, 0));
        ZMatrixRMaj ft = new ZMatrixRMaj(nk, nk);
        CommonOps_ZDRM.transpose(f, ft);
        Step ev = evaluate(ft, schedule.indices(s));
        if (means != null) {
            means.batch(ev.loss(), ev.sigma());
        }
        // dL/dB = 2 F Γ F₀^†
        ZMatrixRMaj tmp = new ZMatrixRMaj(nk, nk);
        ZMatrixRMaj grad = new ZMatrixRMaj(nk, nk);
        CommonOps_ZDRM.mult(f, ev.gradient(), tmp);
        CommonOps_ZDRM.multTransB(2, 0, tmp, f0, grad);
        double[] b = Arrays.copyOfRange(state, 0, m2);
        Adam adam = new Adam(Arrays.copyOfRange(state, m2, 2 * m2), Arrays.copyOfRange(state, 2 * m2, 3 * m2), s);
        adam.update(b, grad.data, h * Math.pow(options.decay(), schedule.epoch(s)));
        return new StepOutcome.Accepted(adam.state(b), 0);
    }

    /**
     * Runs (or continues {@code from} a checkpoint of the same flow and options) until
     * {@link EpochOptions#epochs()} are done, calling {@code monitor} after each epoch and writing a checkpoint to
     * {@code checkpointFile} (if not null) after each.
     *
     * @return the trained metric
     * @throws IllegalArgumentException when the checkpoint belongs to another run or holds more epochs
     */
    public AlgebraicMetric run(Checkpoint from, Path checkpointFile, Consumer<Epoch> monitor) {
        means = new EpochMeans(schedule.batches(), (epoch, loss, sigma, cpu, state) ->
                monitor.accept(new Epoch(epoch, loss, sigma, cpu, metric(state))));
        try {
            return metric(EpochRun.run(this, initialState(), options.learningRate(), options.epochs(),
                    schedule.batches(), from, checkpointFile, means));
        } finally {
            means = null;
        }
    }

    /** Runs a fresh flow without checkpoints. */
    public AlgebraicMetric run(Consumer<Epoch> monitor) {
        return run(null, null, monitor);
    }

    private ZMatrixRMaj matrix(double[] state, int offset) {
        ZMatrixRMaj m = new ZMatrixRMaj(nk, nk);
        System.arraycopy(state, offset, m.data, 0, m.data.length);
        return m;
    }

    private ZMatrixRMaj factor(ZMatrixRMaj b) {
        ZMatrixRMaj f = new ZMatrixRMaj(nk, nk);
        CommonOps_ZDRM.mult(b, f0, f);
        return f;
    }

    /** One batch: the monitored value, σ, and Γ (dL/dH, or its stand-in for a velocity flow). */
    private record Step(double loss, double sigma, ZMatrixRMaj gradient) {
    }

    private Step evaluate(ZMatrixRMaj ft, int[] idx) {
        return flow.velocity().map(v -> {
            if (projection == null) {
                projection = new VelocityProjection(train, start.basis(), options.threads());
            }
            VelocityProjection.Evaluation e = projection.evaluate(ft, idx, v);
            return new Step(e.velocitySquare(), e.sigma(), e.gradient());
        }).orElseGet(() -> {
            if (loss == null) {
                loss = new MongeAmpereLoss(train, start.basis(), options.threads());
            }
            MongeAmpereLoss.Evaluation e = loss.evaluate(ft, idx);
            return new Step(e.loss(), e.sigma(), e.gradient());
        });
    }
}
