package org.metricflow.flows.cy;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.Consumer;
import org.hipparchus.random.Well19937c;
import org.hipparchus.util.MathArrays;
import org.metricflow.numeric.kahler.AlgebraicMetric;
import org.metricflow.numeric.kahler.CpuTime;
import org.metricflow.numeric.kahler.NetworkMetric;
import org.metricflow.numeric.kahler.NetworkPotentialLoss;
import org.metricflow.numeric.kahler.PotentialNetwork;
import org.metricflow.numeric.sample.PointSample;

/**
 * The Monge–Ampère (σ-loss) flow of appendix B on the parameters θ of a network potential: K = K_alg(H) + φ_θ(f(z))
 * with H fixed (typically the trained algebraic metric), gradient descent of {@link NetworkPotentialLoss} with exact
 * gradients, {@link Adam} on mini-batches in a seeded order, step size lr·decay^epoch.
 *
 * <p>Positivity guard: a step whose θ makes g indefinite at a point of the next batch is rejected — θ and the Adam
 * moments go back to before the step, the step size is halved for the rest of the run, and the step is retaken
 * from the same gradient; after 20 halvings the flow stops ({@link IllegalStateException}). No NaN is ever used.
 */
public final class NetworkPotentialFlow {

    /** Halvings of the step size after which the positivity guard stops the flow. */
    static final int MAX_HALVINGS = 20;

    /**
     * @param epochs       passes over the training points
     * @param batch        points per step
     * @param learningRate Adam step size in the first epoch
     * @param decay        factor of the step size per epoch (1: constant)
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

    /** One finished epoch: mean batch loss and σ, CPU time, steps rejected by the positivity guard so far. */
    public record Epoch(int epoch, double loss, double sigma, double cpuSeconds, int rejectedSteps,
                        NetworkMetric metric) {
    }

    private final AlgebraicMetric base;
    private final PotentialNetwork network;
    private final PointSample train;
    private final Options options;
    private final double[] theta;
    private Adam adam;
    private int epoch;
    private double stepScale;
    private int rejected;

    /** A flow from θ₀ on top of {@code base} (H fixed). */
    public NetworkPotentialFlow(AlgebraicMetric base, PotentialNetwork network, double[] theta0, PointSample train,
                                Options options) {
        this(base, network, train, options, theta0.clone(), new Adam(theta0.length), 0, 1, 0);
    }

    private NetworkPotentialFlow(AlgebraicMetric base, PotentialNetwork network, PointSample train, Options options,
                                 double[] theta, Adam adam, int epoch, double stepScale, int rejected) {
        this.base = Objects.requireNonNull(base, "base");
        this.network = Objects.requireNonNull(network, "network");
        this.train = Objects.requireNonNull(train, "train");
        this.options = Objects.requireNonNull(options, "options");
        if (theta.length != network.parameters()) {
            throw new IllegalArgumentException("the network has " + network.parameters() + " parameters, got "
                    + theta.length);
        }
        this.theta = theta;
        this.adam = adam;
        this.epoch = epoch;
        this.stepScale = stepScale;
        this.rejected = rejected;
    }

    /** Resumes a flow from a checkpoint (its H, θ, Adam moments, epoch and step scale). */
    public static NetworkPotentialFlow resume(AlgebraicMetric like, PointSample train, Options options,
                                              NetworkFlowState state) {
        return new NetworkPotentialFlow(state.base(like), state.network(like.manifold()), train, options,
                state.theta().clone(), new Adam(state.adamM().clone(), state.adamV().clone(), state.adamStep()),
                state.epoch(), state.stepScale(), state.rejected());
    }

    /** Epochs completed so far. */
    public int epoch() {
        return epoch;
    }

    /** The current metric (θ copied). */
    public NetworkMetric metric() {
        return new NetworkMetric(base, network, theta.clone());
    }

    /** The state to checkpoint. */
    public NetworkFlowState state() {
        return NetworkFlowState.of(epoch, base, network, theta, adam, stepScale, rejected);
    }

    /** Runs epochs until {@link Options#epochs()} are done, calling {@code monitor} after each. */
    public void run(Consumer<Epoch> monitor) {
        NetworkPotentialLoss loss = new NetworkPotentialLoss(train, base, network, options.threads());
        int n = train.size();
        double[] before = null;
        Adam adamBefore = null;
        double[] lastGradient = null;
        double lastRate = 0;
        while (epoch < options.epochs()) {
            long cpu0 = CpuTime.now();
            int[] order = MathArrays.natural(n);
            MathArrays.shuffle(order, new Well19937c(options.seed() + epoch));
            double lr = options.learningRate() * Math.pow(options.decay(), epoch);
            double lossSum = 0;
            double sigmaSum = 0;
            int steps = 0;
            for (int from = 0; from < n; from += options.batch()) {
                int[] idx = Arrays.copyOfRange(order, from, Math.min(n, from + options.batch()));
                Arrays.sort(idx);   // keep the sample's line order for the batch
                NetworkPotentialLoss.Evaluation ev = loss.evaluate(theta, idx, true);
                int halvings = 0;
                while (!ev.positive()) {
                    if (before == null || ++halvings > MAX_HALVINGS) {
                        throw new IllegalStateException("guard: the network metric is not positive definite at "
                                + "training point " + ev.notPositiveAt() + (before == null ? " at the start"
                                : " even after " + MAX_HALVINGS + " halvings of the step") + "; lower the learning rate");
                    }
                    System.arraycopy(before, 0, theta, 0, theta.length);
                    adam = adamBefore.copy();
                    stepScale /= 2;
                    lastRate /= 2;
                    rejected++;
                    adam.update(theta, lastGradient, lastRate);
                    ev = loss.evaluate(theta, idx, true);
                }
                before = theta.clone();
                adamBefore = adam.copy();
                lastGradient = ev.gradient();
                lastRate = lr * stepScale;
                adam.update(theta, lastGradient, lastRate);
                lossSum += ev.loss();
                sigmaSum += ev.sigma();
                steps++;
            }
            epoch++;
            monitor.accept(new Epoch(epoch, lossSum / steps, sigmaSum / steps, CpuTime.since(cpu0), rejected,
                    metric()));
        }
    }
}
