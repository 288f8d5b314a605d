package org.metricflow.flows.cy;

import java.util.Objects;
import java.util.function.Consumer;
import org.ejml.data.ZMatrixRMaj;
import org.ejml.dense.row.CommonOps_ZDRM;
import org.hipparchus.random.Well19937c;
import org.hipparchus.util.MathArrays;
import org.metricflow.numeric.kahler.AlgebraicMetric;
import org.metricflow.numeric.kahler.CpuTime;
import org.metricflow.numeric.kahler.MongeAmpereLoss;
import org.metricflow.numeric.kahler.VelocityProjection;
import org.metricflow.numeric.sample.PointSample;

/**
 * The potential flows of appendix B acting on K = (1/kπ) ln(s^† H s), a one-layer holomorphic network whose metric
 * is Kähler and in the FS class by construction ({@link KahlerFlow}): the Monge–Ampère (σ-loss) flow, gradient
 * descent of {@link MongeAmpereLoss} in H, or the Kähler–Ricci / Calabi flow induced on H by a potential velocity
 * ({@link VelocityProjection}, whose Γ takes the place of the loss gradient). H = F^† F with F = B F₀ (F₀ the Cholesky factor of the starting H, typically balanced, so B starts
 * at 1 and all parameters are O(1)); dL/dB = 2 F Γ F₀^† for dL = Re tr(dH Γ). Mini-batches in a seeded order,
 * {@link Adam} steps; the flow's fixed points are the critical points of the loss, the Ricci-flat metric when the
 * ansatz contains it.
 */
public final class PotentialFlow {

    /**
     * @param epochs       passes over the training points
     * @param batch        points per step
     * @param learningRate Adam step size on the entries of B in the first epoch
     * @param decay        factor of the step size per epoch (1: constant; &lt; 1 damps the mini-batch noise floor)
     * @param seed         order of the mini-batches
     * @param threads      worker threads
     */
    public record Options(int epochs, int batch, double learningRate, double decay, long seed, int threads) {
        public Options {
            if (epochs < 0 || batch < 1 || !(learningRate > 0) || !(decay > 0 && decay <= 1) || threads < 1) {
                throw new IllegalArgumentException("need epochs >= 0, batch >= 1, learning rate > 0, decay in (0, 1], "
                        + "threads >= 1; got " + epochs + ", " + batch + ", " + learningRate + ", " + decay + ", "
                        + threads);
            }
        }
    }

    /**
     * One finished epoch: mean over the epoch's batches of the loss (Monge–Ampère) or of ⟨(v − ⟨v⟩)²⟩ (velocity
     * flows), and of σ, and its CPU time.
     */
    public record Epoch(int epoch, double loss, double sigma, double cpuSeconds, AlgebraicMetric metric) {
    }

    private final AlgebraicMetric start;
    private final PointSample train;
    private final Options options;
    private final ZMatrixRMaj f0;
    private final ZMatrixRMaj b;
    private final Adam adam;
    private final KahlerFlow flow;
    private int epoch;

    /** The Monge–Ampère flow from {@code start} (B = 1). */
    public PotentialFlow(AlgebraicMetric start, PointSample train, Options options) {
        this(start, train, options, KahlerFlow.MONGE_AMPERE);
    }

    /** The flow {@code flow} from {@code start} (B = 1). */
    public PotentialFlow(AlgebraicMetric start, PointSample train, Options options, KahlerFlow flow) {
        this(start, train, options, identity(start.basis().size()), new Adam(2 * start.basis().size()
                * start.basis().size()), 0, flow);
    }

    private PotentialFlow(AlgebraicMetric start, PointSample train, Options options, ZMatrixRMaj b, Adam adam,
                          int epoch, KahlerFlow flow) {
        this.start = Objects.requireNonNull(start, "start");
        this.train = Objects.requireNonNull(train, "train");
        this.options = Objects.requireNonNull(options, "options");
        this.f0 = new ZMatrixRMaj(start.basis().size(), start.basis().size());
        CommonOps_ZDRM.transpose(start.factorTransposed(), f0);
        this.b = b;
        this.adam = adam;
        this.epoch = epoch;
        this.flow = Objects.requireNonNull(flow, "flow");
    }

    /**
     * Resumes a flow from a checkpoint ({@link FlowState}) on the sections of {@code like} (its H is replaced by the
     * checkpoint's H₀), with the checkpoint's flow.
     */
    public static PotentialFlow resume(AlgebraicMetric like, PointSample train, Options options, FlowState state) {
        int n = like.basis().size();
        ZMatrixRMaj h0 = new ZMatrixRMaj(n, n);
        System.arraycopy(state.h0(), 0, h0.data, 0, h0.data.length);
        ZMatrixRMaj b = new ZMatrixRMaj(n, n);
        System.arraycopy(state.b(), 0, b.data, 0, b.data.length);
        return new PotentialFlow(new AlgebraicMetric(like.manifold(), like.basis(), h0), train, options, b,
                new Adam(state.adamM().clone(), state.adamV().clone(), state.adamStep()), state.epoch(), state.flow());
    }

    private static ZMatrixRMaj identity(int n) {
        ZMatrixRMaj i = new ZMatrixRMaj(n, n);
        for (int a = 0; a < n; a++) {
            i.set(a, a, 1, 0);
        }
        return i;
    }

    /** The flow being run. */
    public KahlerFlow flow() {
        return flow;
    }

    /** Epochs completed so far. */
    public int epoch() {
        return epoch;
    }

    /** The current metric H = F^† F. */
    public AlgebraicMetric metric() {
        ZMatrixRMaj f = factor();
        ZMatrixRMaj h = new ZMatrixRMaj(f.numRows, f.numCols);
        CommonOps_ZDRM.multTransA(f, f, h);
        return new AlgebraicMetric(start.manifold(), start.basis(), h);
    }

    /** The state to checkpoint (B, Adam moments, epoch). */
    public FlowState state() {
        return new FlowState(epoch, start.h().data.clone(), b.data.clone(), adam.firstMoment().clone(), adam.secondMoment().clone(),
                adam.step(), flow);
    }

    private ZMatrixRMaj factor() {
        ZMatrixRMaj f = new ZMatrixRMaj(b.numRows, b.numCols);
        CommonOps_ZDRM.mult(b, f0, f);
        return f;
    }

    /** Runs epochs until {@link Options#epochs()} are done, calling {@code monitor} after each. */
    public void run(Consumer<Epoch> monitor) {
        MongeAmpereLoss loss = new MongeAmpereLoss(train, start.basis(), options.threads());
        VelocityProjection projection = new VelocityProjection(train, start.basis(), options.threads());
        int n = train.size();
        int nk = start.basis().size();
        ZMatrixRMaj ft = new ZMatrixRMaj(nk, nk);
        ZMatrixRMaj tmp = new ZMatrixRMaj(nk, nk);
        ZMatrixRMaj grad = new ZMatrixRMaj(nk, nk);
        while (epoch < options.epochs()) {
            long cpu0 = CpuTime.now();
            int[] order = MathArrays.natural(n);
            MathArrays.shuffle(order, new Well19937c(options.seed() + epoch));
            double lr = options.learningRate() * Math.pow(options.decay(), epoch);
            double lossSum = 0;
            double sigmaSum = 0;
            int steps = 0;
            for (int from = 0; from < n; from += options.batch()) {
                int to = Math.min(n, from + options.batch());
                int[] idx = java.util.Arrays.copyOfRange(order, from, to);
                java.util.Arrays.sort(idx);   // keep the sample's line order for the batch
                ZMatrixRMaj f = factor();
                CommonOps_ZDRM.transpose(f, ft);
                Step ev = step(loss, projection, ft, idx);
                // dL/dB = 2 F Γ F₀^†
                CommonOps_ZDRM.mult(f, ev.gradient(), tmp);
                CommonOps_ZDRM.multTransB(2, 0, tmp, f0, grad);
                adam.update(b.data, grad.data, lr);
                lossSum += ev.loss();
                sigmaSum += ev.sigma();
                steps++;
            }
            epoch++;
            monitor.accept(new Epoch(epoch, lossSum / steps, sigmaSum / steps, CpuTime.since(cpu0), metric()));
        }
    }

    /** One batch: the monitored value, σ, and Γ (dL/dH, or its stand-in for a velocity flow). */
    private record Step(double loss, double sigma, ZMatrixRMaj gradient) {
    }

    private Step step(MongeAmpereLoss loss, VelocityProjection projection, ZMatrixRMaj ft, int[] idx) {
        return flow.velocity().map(v -> {
            VelocityProjection.Evaluation e = projection.evaluate(ft, idx, v);
            return new Step(e.velocitySquare(), e.sigma(), e.gradient());
        }).orElseGet(() -> {
            MongeAmpereLoss.Evaluation e = loss.evaluate(ft, idx);
            return new Step(e.loss(), e.sigma(), e.gradient());
        });
    }
}
