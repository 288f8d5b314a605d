package org.metricflow.flows.network;

import java.util.Arrays;
import java.util.List;
import org.hipparchus.random.Well19937c;
import org.metricflow.numeric.Parallel;
import org.metricflow.numeric.nn.MetricNetworks;
import org.metricflow.numeric.nn.Network;
import org.metricflow.numeric.nn.StackedNetwork;
import org.metricflow.numeric.nn.TorusCosineArchitecture;
import org.metricflow.symbolic.jet.JetSpace;

/**
 * The fields of a flow (metric components g_ij and, for Perelman, φ) as independent periodic cosine networks, one
 * per field (paper eq. (2.19); {@link TorusCosineArchitecture}, whose frozen NTK is the normalised periodic Gaussian
 * G_σ), plus a frozen offset: f_k(x; θ) = f_k⁰(x) + φ_k(x; θ) − φ_k(x; θ₀). At the drawn parameters θ₀ the fields are
 * exactly the prescribed f⁰ (the deterministic-shift variant of the rescaling trick (2.15): the offset changes no
 * derivative with respect to θ, hence not the NTK). The readout weights are drawn as in the paper rather than set to
 * zero, so that with the phases trained as well ({@code TrainedLayers.ALL}) the phase part of the kernel, which is
 * proportional to a², is present from the start; with the readout alone (the paper's set-up) the model is linear in
 * θ and both choices give identical dynamics.
 *
 * <p>Jets, parameter Jacobians and the network itself come from {@code numeric.nn}; this class contracts the
 * per-component Jacobians (block diagonal: ∂f_k/∂θ^l = 0 for k ≠ l) with cotangents and tangents (the networks' fused
 * {@code addJetPullback}/{@code jetPushforward}, no explicit Jacobian), split over the
 * grid points between workers (per-worker buffers; the gradient is summed over fixed slices of the points in a fixed
 * order, so results do not depend on the thread count). The offset jets are cached for the last point set, and the
 * jets of the last {@link #jets} call (θ₀ included) are returned again for the same θ and points (a velocity
 * comparison reads them twice). Thread-safe.
 */
public final class CosineMetricNetwork implements ParametricMetric {

    /** f⁰ − φ(θ₀) at a point set, and the jets at θ₀: (f⁰ − φ(θ₀)) + φ(θ₀), added as {@link #jets} adds. */
    private record Offsets(double[] points, int count, double[] jets, double[] initialJets) {
    }

    /** The network at parameters θ (a copy of θ). */
    private record AtParameters(double[] theta, StackedNetwork network) {
    }

    /** The jets of the last {@link #jets} call: at parameters θ and a point set. */
    private record LastJets(double[] theta, double[] points, int count, double[] jets) {
    }

    /** Partial gradients over this many fixed slices of the points, summed in order (thread-count independent). */
    private static final int SLICES = 8;

    private final JetSpace jets;
    private final StackedNetwork initial;
    private final FourierFields fields;
    private final int[] blockStart;
    private final int workers;
    private final double[] initialTheta;
    private volatile Offsets offsets;
    private volatile LastJets last;
    private volatile AtParameters network;

    /**
     * @param network one single-output network per field of {@code fields.jetSpace()}, at θ₀
     * @param fields  the prescribed initial fields f⁰
     * @param workers worker threads for the point loops (1..256)
     */
    public CosineMetricNetwork(StackedNetwork network, FourierFields fields, int workers) {
        this.jets = fields.jetSpace();
        if (jets.order() > 2) {
            throw new IllegalArgumentException("networks provide jets up to order 2, the fields need order "
                    + jets.order());
        }
        List<Network> parts = network.parts();
        if (parts.size() != jets.fields().size() || network.outputCount() != parts.size()
                || network.inputDimension() != jets.dimension()) {
            throw new IllegalArgumentException("need one single-output network on T^" + jets.dimension()
                    + " per field " + jets.fields() + ", got " + parts.size() + " networks with "
                    + network.outputCount() + " outputs on R^" + network.inputDimension());
        }
        this.initial = network;
        this.initialTheta = network.parameters();
        this.fields = fields;
        this.blockStart = new int[parts.size() + 1];
        for (int k = 0; k < parts.size(); k++) {
            blockStart[k + 1] = blockStart[k] + parts.get(k).parameterCount();
        }
        this.workers = Parallel.check(workers);
    }

    /**
     * Draws one network per field from {@code architecture} (seeded {@code Well19937c(seed)}, fields in order) and
     * returns it with its initial parameters θ₀.
     */
    public static SampledNetwork sample(TorusCosineArchitecture architecture, FourierFields fields, long seed) {
        if (architecture.inputDimension() != fields.jetSpace().dimension()) {
            throw new IllegalArgumentException("architecture on R^" + architecture.inputDimension() + " for fields on T^"
                    + fields.jetSpace().dimension());
        }
        StackedNetwork net = MetricNetworks.perComponent(architecture, fields.jetSpace().fields().size(),
                new Well19937c(seed));
        return new SampledNetwork(new CosineMetricNetwork(net, fields, Parallel.defaultThreads()), net.parameters());
    }

    @Override
    public JetSpace jets() {
        return jets;
    }

    @Override
    public int parameterCount() {
        return blockStart[blockStart.length - 1];
    }

    /** θ₀, the parameters at which the fields equal the prescribed ones. */
    public double[] initialParameters() {
        return initial.parameters();
    }

    @Override
    public void jets(double[] theta, double[] points, int count, double[] out) {
        List<Network> parts = at(theta).parts();
        int size = jets.size();
        LastJets cached = last;
        if (cached != null && Arrays.equals(cached.theta(), theta) && samePoints(cached.points(), cached.count(),
                points, count)) {
            System.arraycopy(cached.jets(), 0, out, 0, count * size);
            return;
        }
        Offsets o = offsets(points, count);
        if (Arrays.equals(initialTheta, theta)) {
            System.arraycopy(o.initialJets(), 0, out, 0, count * size);
        } else {
            networkJets(parts, points, count, out);
            double[] offset = o.jets();
            for (int s = 0; s < count * size; s++) {
                out[s] += offset[s];
            }
        }
        last = new LastJets(theta.clone(), o.points(), count, Arrays.copyOf(out, count * size));
    }

    /** φ(θ) jets of the parts at the points, point-major, split over the workers. */
    private void networkJets(List<Network> parts, double[] points, int count, double[] out) {
        int perField = jets.perField();
        int size = jets.size();
        int d = jets.dimension();
        Parallel.run(workers(count), w -> {
            for (int p = from(count, w); p < from(count, w + 1); p++) {
                for (int k = 0; k < parts.size(); k++) {
                    parts.get(k).jet(points, p * d, jets.order(), out, p * size + k * perField);
                }
            }
        });
    }

    @Override
    public void pullback(double[] theta, double[] points, int count, double[] cotangent, double[] gradient) {
        pullback(theta, points, count, jets.order(), cotangent, (p, k) -> p * jets.size() + k * jets.perField(),
                gradient);
    }

    @Override
    public void valuePullback(double[] theta, double[] points, int count, double[] cotangent, double[] gradient) {
        pullback(theta, points, count, 0, cotangent, (p, k) -> k * count + p, gradient);
    }

    /** Where the cotangent of field k at point p starts. */
    private interface Slot {
        int of(int point, int field);
    }

    /** Vector–Jacobian product of the jets up to {@code order}, cotangent of field k at point p from {@code slot}. */
    private void pullback(double[] theta, double[] points, int count, int order, double[] cotangent, Slot slot,
                          double[] gradient) {
        List<Network> parts = at(theta).parts();
        int slices = Math.max(1, Math.min(SLICES, count));
        double[][] partial = new double[slices][parameterCount()];
        int d = jets.dimension();
        int workerCount = Math.min(workers, slices);
        Parallel.run(workerCount, w -> {
            for (int slice = Parallel.from(slices, workerCount, w); slice < Parallel.from(slices, workerCount, w + 1);
                 slice++) {
                for (int p = Parallel.from(count, slices, slice); p < Parallel.from(count, slices, slice + 1); p++) {
                    for (int k = 0; k < parts.size(); k++) {
                        parts.get(k).addJetPullback(points, p * d, order, cotangent, slot.of(p, k), partial[slice],
                                blockStart[k]);
                    }
                }
            }
        });
        Arrays.fill(gradient, 0, parameterCount(), 0.0);
        for (double[] g : partial) {
            for (int i = 0; i < g.length; i++) {
                gradient[i] += g[i];
            }
        }
    }

    @Override
    public void pushforward(double[] theta, double[] points, int count, double[] tangent, double[] out) {
        pushforward(theta, points, count, jets.order(), tangent, (p, k) -> p * jets.size() + k * jets.perField(),
                out);
    }

    @Override
    public void valuePushforward(double[] theta, double[] points, int count, double[] tangent, double[] out) {
        pushforward(theta, points, count, 0, tangent, (p, k) -> k * count + p, out);
    }

    /** Jacobian–vector product of the jets up to {@code order}, field k at point p written from {@code slot}. */
    private void pushforward(double[] theta, double[] points, int count, int order, double[] tangent, Slot slot,
                             double[] out) {
        List<Network> parts = at(theta).parts();
        int d = jets.dimension();
        Parallel.run(workers(count), w -> {
            for (int p = from(count, w); p < from(count, w + 1); p++) {
                for (int k = 0; k < parts.size(); k++) {
                    parts.get(k).jetPushforward(points, p * d, order, tangent, blockStart[k], out, slot.of(p, k));
                }
            }
        });
    }

    /** The network at θ: the drawn one at θ₀, the last one for the same θ (no new networks per contraction). */
    private StackedNetwork at(double[] theta) {
        if (theta == null || theta.length != parameterCount()) {
            throw new IllegalArgumentException("theta must have " + parameterCount() + " entries, got "
                    + (theta == null ? "null" : theta.length));
        }
        if (Arrays.equals(initialTheta, theta)) {
            return initial;
        }
        AtParameters cached = network;
        if (cached != null && Arrays.equals(cached.theta(), theta)) {
            return cached.network();
        }
        StackedNetwork net = initial.withParameters(theta);
        network = new AtParameters(theta.clone(), net);
        return net;
    }

    /** The offsets at the points, from the cache when the points are the last ones. */
    private Offsets offsets(double[] points, int count) {
        Offsets cached = offsets;
        if (cached != null && samePoints(cached.points(), cached.count(), points, count)) {
            return cached;
        }
        int size = jets.size();
        double[] out = new double[count * size];
        fields.jets(points, count, out);
        double[] network = new double[count * size];
        networkJets(initial.parts(), points, count, network);
        double[] atInitial = new double[count * size];
        for (int i = 0; i < out.length; i++) {
            out[i] -= network[i];
            atInitial[i] = network[i] + out[i];
        }
        Offsets o = new Offsets(Arrays.copyOf(points, count * jets.dimension()), count, out, atInitial);
        offsets = o;
        return o;
    }

    private boolean samePoints(double[] cached, int cachedCount, double[] points, int count) {
        int d = jets.dimension();
        return cachedCount == count && Arrays.equals(cached, 0, count * d, points, 0, count * d);
    }

    private int workers(int count) {
        return Math.max(1, Math.min(workers, count));
    }

    private int from(int count, int w) {
        return Parallel.from(count, workers(count), w);
    }
}
