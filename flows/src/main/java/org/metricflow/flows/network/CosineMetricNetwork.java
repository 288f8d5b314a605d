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
 * order, so results do not depend on the thread count). The offset jets are cached for the last point set. Thread-safe.
 */
public final class CosineMetricNetwork implements ParametricMetric {

    private record Offsets(double[] points, int count, double[] jets) {
    }

    /** Partial gradients over this many fixed slices of the points, summed in order (thread-count independent). */
    private static final int SLICES = 8;

    private final JetSpace jets;
    private final StackedNetwork initial;
    private final FourierFields fields;
    private final int[] blockStart;
    private final int workers;
    private volatile Offsets offsets;

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
        double[] offset = offsetJets(points, count);
        int perField = jets.perField();
        int size = jets.size();
        int d = jets.dimension();
        Parallel.run(workers(count), w -> {
            for (int p = from(count, w); p < from(count, w + 1); p++) {
                for (int k = 0; k < parts.size(); k++) {
                    parts.get(k).jet(points, p * d, jets.order(), out, p * size + k * perField);
                }
                for (int s = p * size; s < (p + 1) * size; s++) {
                    out[s] += offset[s];
                }
            }
        });
    }

    @Override
    public void pullback(double[] theta, double[] points, int count, double[] cotangent, double[] gradient) {
        List<Network> parts = at(theta).parts();
        int slices = Math.max(1, Math.min(SLICES, count));
        double[][] partial = new double[slices][parameterCount()];
        int perField = jets.perField();
        int size = jets.size();
        int d = jets.dimension();
        int workerCount = Math.min(workers, slices);
        Parallel.run(workerCount, w -> {
            for (int slice = Parallel.from(slices, workerCount, w); slice < Parallel.from(slices, workerCount, w + 1);
                 slice++) {
                for (int p = Parallel.from(count, slices, slice); p < Parallel.from(count, slices, slice + 1); p++) {
                    for (int k = 0; k < parts.size(); k++) {
                        parts.get(k).addJetPullback(points, p * d, jets.order(), cotangent, p * size + k * perField,
                                partial[slice], blockStart[k]);
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
        List<Network> parts = at(theta).parts();
        int perField = jets.perField();
        int size = jets.size();
        int d = jets.dimension();
        Parallel.run(workers(count), w -> {
            for (int p = from(count, w); p < from(count, w + 1); p++) {
                for (int k = 0; k < parts.size(); k++) {
                    parts.get(k).jetPushforward(points, p * d, jets.order(), tangent, blockStart[k], out,
                            p * size + k * perField);
                }
            }
        });
    }

    private StackedNetwork at(double[] theta) {
        if (theta == null || theta.length != parameterCount()) {
            throw new IllegalArgumentException("theta must have " + parameterCount() + " entries, got "
                    + (theta == null ? "null" : theta.length));
        }
        return initial.withParameters(theta);
    }

    /** f⁰ − φ(θ₀) at the points, from the cache when the points are the last ones. */
    private double[] offsetJets(double[] points, int count) {
        int d = jets.dimension();
        Offsets cached = offsets;
        if (cached != null && cached.count() == count
                && Arrays.equals(cached.points(), 0, count * d, points, 0, count * d)) {
            return cached.jets();
        }
        int size = jets.size();
        double[] out = new double[count * size];
        fields.jets(points, count, out);
        double[] network = new double[count * size];
        List<Network> parts = initial.parts();
        int perField = jets.perField();
        for (int p = 0; p < count; p++) {
            for (int k = 0; k < parts.size(); k++) {
                parts.get(k).jet(points, p * d, jets.order(), network, p * size + k * perField);
            }
        }
        for (int i = 0; i < out.length; i++) {
            out[i] -= network[i];
        }
        offsets = new Offsets(Arrays.copyOf(points, count * d), count, out);
        return out;
    }

    private int workers(int count) {
        return Math.max(1, Math.min(workers, count));
    }

    private int from(int count, int w) {
        return Parallel.from(count, workers(count), w);
    }
}
