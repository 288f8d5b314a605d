package org.metricflow.flows.cy;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ejml.data.ZMatrixRMaj;
import org.metricflow.numeric.io.ArrayLookup;
import org.metricflow.numeric.io.NpyArray;
import org.metricflow.numeric.io.Npz;
import org.metricflow.numeric.kahler.Activation;
import org.metricflow.numeric.kahler.AlgebraicMetric;
import org.metricflow.numeric.kahler.PotentialNetwork;
import org.metricflow.numeric.kahler.ProjectorFeatures;
import org.metricflow.numeric.manifold.ProjectiveHypersurface;

/**
 * A checkpoint of a {@link NetworkPotentialFlow}: the fixed H (N_k × N_k, interleaved complex), the network's shape,
 * θ, the Adam moments, epochs done, the guard's step scale and rejected steps.
 *
 * @param epoch      completed epochs
 * @param h          H, 2N_k² doubles
 * @param hidden     hidden widths
 * @param activation the activation
 * @param theta      parameters
 * @param adamM      first moments
 * @param adamV      second moments
 * @param adamStep   Adam steps taken
 * @param stepScale  factor of the step size left by the positivity guard (1: no rejection)
 * @param rejected   steps rejected so far
 */
public record NetworkFlowState(int epoch, double[] h, int[] hidden, Activation activation, double[] theta,
                               double[] adamM, double[] adamV, long adamStep, double stepScale, int rejected) {

    static NetworkFlowState of(int epoch, AlgebraicMetric base, PotentialNetwork net, double[] theta, Adam adam,
                               double stepScale, int rejected) {
        return new NetworkFlowState(epoch, base.h().data.clone(), net.hidden(), net.activation(), theta.clone(),
                adam.firstMoment().clone(), adam.secondMoment().clone(), adam.step(), stepScale, rejected);
    }

    /** The algebraic metric of this checkpoint on the sections of {@code like}. */
    AlgebraicMetric base(AlgebraicMetric like) {
        int n = like.basis().size();
        if (h.length != 2 * n * n) {
            throw new IllegalArgumentException("the checkpoint's H is not " + n + " x " + n + " (other k?)");
        }
        ZMatrixRMaj m = new ZMatrixRMaj(n, n);
        System.arraycopy(h, 0, m.data, 0, h.length);
        return new AlgebraicMetric(like.manifold(), like.basis(), m);
    }

    /** The network of this checkpoint on x. */
    PotentialNetwork network(ProjectiveHypersurface x) {
        return new PotentialNetwork(ProjectorFeatures.count(x.coordinates()), hidden, activation, x.dimension());
    }

    /** Writes the checkpoint atomically (.npz). */
    public void write(Path file) {
        int n = (int) Math.round(Math.sqrt(h.length / 2.0));
        Map<String, NpyArray> m = new LinkedHashMap<>();
        m.put("epoch", int64(epoch));
        m.put("H", new NpyArray.Complex128(new int[] {n, n}, h));
        long[] widths = new long[hidden.length];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = hidden[i];
        }
        m.put("network_hidden", new NpyArray.Int64(new int[] {hidden.length}, widths));
        m.put("network_activation", int64(activation.ordinal()));
        m.put("network_theta", new NpyArray.Float64(new int[] {theta.length}, theta));
        m.put("adam_m", new NpyArray.Float64(new int[] {theta.length}, adamM));
        m.put("adam_v", new NpyArray.Float64(new int[] {theta.length}, adamV));
        m.put("adam_step", int64(adamStep));
        m.put("step_scale", new NpyArray.Float64(new int[0], new double[] {stepScale}));
        m.put("rejected", int64(rejected));
        Npz.write(file, m, false);
    }

    private static NpyArray.Int64 int64(long v) {
        return new NpyArray.Int64(new int[0], new long[] {v});
    }

    /**
     * Reads a checkpoint.
     *
     * @throws IllegalArgumentException when a key is missing or a shape or value is invalid
     */
    public static NetworkFlowState read(Path file) {
        ArrayLookup a = new ArrayLookup(Npz.read(file), file);
        int[] hidden = a.int64("network_hidden", ArrayLookup.ANY).toInts();
        long act = a.int64("network_activation").data()[0];
        if (act < 0 || act >= Activation.values().length) {
            throw new IllegalArgumentException(file + ": network_activation " + act + " is not 0 (softplus) or 1 "
                    + "(tanh)");
        }
        double[] theta = a.float64("network_theta", ArrayLookup.ANY).data();
        return new NetworkFlowState((int) a.int64("epoch").data()[0],
                a.complex128("H", ArrayLookup.ANY, ArrayLookup.ANY).data(), hidden, Activation.values()[(int) act],
                theta, a.float64("adam_m", theta.length).data(), a.float64("adam_v", theta.length).data(),
                a.int64("adam_step").data()[0], a.float64("step_scale").data()[0],
                (int) a.int64("rejected").data()[0]);
    }
}
