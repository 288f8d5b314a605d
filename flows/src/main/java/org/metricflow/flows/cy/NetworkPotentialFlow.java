package org.metricflow.flows.cy;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Consumer;
import org.metricflow.flows.PointMetric;
import org.metricflow.flows.StepFlow;
import org.metricflow.flows.StepOutcome;
import org.metricflow.flows.time.Checkpoint;
import org.metricflow.numeric.kahler.AlgebraicMetric;
import org.metricflow.numeric.kahler.NetworkMetric;
import org.metricflow.numeric.kahler.NetworkPotentialLoss;
import org.metricflow.numeric.kahler.PotentialNetwork;
import org.metricflow.numeric.sample.PointSample;

/**
 * The Monge–Ampère (σ-loss) flow of appendix B on the parameters θ of a network potential: K = K_alg(H) + φ_θ(f(z))
 * with H fixed (typically the trained algebraic metric), gradient descent of {@link NetworkPotentialLoss} with exact
 * gradients, {@link Adam} on mini-batches ({@link BatchSchedule}), step size h·decay^epoch.
 *
 * <p>A {@link StepFlow} on the one runtime ({@link org.metricflow.flows.time.FlowRunner}): the state is [θ, Adam m,
 * Adam v, Adam steps], so checkpoints hold the optimiser and a resumed run is bit-identical. Positivity guard: a step
 * whose θ makes g indefinite at a point of the next batch is {@link StepOutcome.Rejected rejected}; the runner halves
 * h for the rest of the run and retakes the step from the same gradient (at most
 * {@link org.metricflow.flows.StepHalving#MAX_HALVINGS} times). The runner's guard reads g at
 * {@value SamplePointMetric#POINTS} training points. No NaN is ever used.
 */
public final class NetworkPotentialFlow implements StepFlow {

    /** One finished epoch: mean batch loss and σ, CPU time, steps rejected by the positivity guard so far. */
    public record Epoch(int epoch, double loss, double sigma, double cpuSeconds, int rejectedSteps,
                        NetworkMetric metric) {
    }

    private final AlgebraicMetric base;
    private final PotentialNetwork network;
    private final double[] theta0;
    private final PointSample train;
    private final EpochOptions options;
    private final BatchSchedule schedule;
    private final int p;
    private NetworkPotentialLoss loss;
    private EpochMeans means;
    private int rejected;
    /** The last evaluation, of θ at the batch of step {@link #cachedStep}: the next step starts from it. */
    private double[] cachedTheta;
    private long cachedStep;
    private NetworkPotentialLoss.Evaluation cached;

    /** A flow from θ₀ on top of {@code base} (H fixed). */
    public NetworkPotentialFlow(AlgebraicMetric base, PotentialNetwork network, double[] theta0, PointSample train,
                                EpochOptions options) {
        this.base = Objects.requireNonNull(base, "base");
        this.network = Objects.requireNonNull(network, "network");
        this.train = Objects.requireNonNull(train, "train");
        this.options = Objects.requireNonNull(options, "options");
        if (theta0.length != network.parameters()) {
            throw new IllegalArgumentException("the network has " + network.parameters() + " parameters, got "
                    + theta0.length);
        }
        this.theta0 = theta0.clone();
        this.p = theta0.length;
        this.schedule = new BatchSchedule(train.size(), options.batch(), options.seed());
    }

    /** Adam steps (mini-batches) per epoch. */
    public int batchesPerEpoch() {
        return schedule.batches();
    }

    /** θ₀, zero moments, no step taken. */
    public double[] initialState() {
        return Arrays.copyOf(theta0, stateDimension());
    }

    /** The metric of a state (θ copied). */
    public NetworkMetric metric(double[] state) {
        return new NetworkMetric(base, network, Arrays.copyOf(state, p));
    }

    @Override
    public int stateDimension() {
        return 3 * p + 1;
    }

    @Override
    public PointMetric metric() {
        return new SamplePointMetric(train, this::metric, options.threads());
    }

    @Override
    public String describe() {
        return "cy network potential flow on " + base.manifold().name() + " hidden=" + Arrays.toString(network.hidden())
                + " " + network.activation().cli() + " H#" + Integer.toHexString(Arrays.hashCode(base.h().data))
                + " train=" + SamplePointMetric.fingerprint(train) + " batch=" + options.batch() + " decay="
                + options.decay() + " seed=" + options.seed() + " threads=" + options.threads();
    }

    /**
     * One mini-batch Adam step at the step size h·decay^epoch, rejected when the new θ makes g indefinite at a point
     * of the next batch (that evaluation is kept for the next step).
     */
    @Override
    public StepOutcome step(double t, double[] state, double h) {
        long s = (long) state[3 * p];
        double[] theta = Arrays.copyOf(state, p);
        NetworkPotentialLoss.Evaluation ev = evaluation(theta, s);
        if (!ev.positive()) {
            return new StepOutcome.Failed("the network metric is not positive definite at training point "
                    + ev.notPositiveAt());
        }
        Adam adam = new Adam(Arrays.copyOfRange(state, p, 2 * p), Arrays.copyOfRange(state, 2 * p, 3 * p), s);
        adam.update(theta, ev.gradient(), h * Math.pow(options.decay(), schedule.epoch(s)));
        NetworkPotentialLoss.Evaluation next = evaluation(theta, s + 1);
        if (!next.positive()) {
            return new StepOutcome.Rejected("g is not positive definite at training point " + next.notPositiveAt()
                    + " of the next batch");
        }
        rejected = Math.getExponent(options.learningRate() / h);   // halvings of h so far (exact powers of 2)
        if (means != null) {
            means.batch(ev.loss(), ev.sigma());
        }
        return new StepOutcome.Accepted(adam.state(theta), 0);
    }

    private NetworkPotentialLoss.Evaluation evaluation(double[] theta, long step) {
        if (cached == null || cachedStep != step || !Arrays.equals(cachedTheta, theta)) {
            if (loss == null) {
                loss = new NetworkPotentialLoss(train, base, network, options.threads());
            }
            cached = loss.evaluate(theta, schedule.indices(step), true);
            cachedTheta = theta.clone();
            cachedStep = step;
        }
        return cached;
    }

    /**
     * Runs (or continues {@code from} a checkpoint of the same flow and options) until
     * {@link EpochOptions#epochs()} are done, calling {@code monitor} after each epoch and writing a checkpoint to
     * {@code checkpointFile} (if not null) after each.
     *
     * @return the trained metric
     * @throws IllegalArgumentException when the checkpoint belongs to another run or holds more epochs
     * @throws IllegalStateException    when g becomes indefinite even after the runner's halvings
     */
    public NetworkMetric run(Checkpoint from, Path checkpointFile, Consumer<Epoch> monitor) {
        means = new EpochMeans(schedule.batches(), (epoch, l, sigma, cpu, state) ->
                monitor.accept(new Epoch(epoch, l, sigma, cpu, rejected, metric(state))));
        try {
            return metric(EpochRun.run(this, initialState(), options.learningRate(), options.epochs(),
                    schedule.batches(), from, checkpointFile, means));
        } finally {
            means = null;
        }
    }

    /** Runs a fresh flow without checkpoints. */
    public NetworkMetric run(Consumer<Epoch> monitor) {
        return run(null, null, monitor);
    }
}
