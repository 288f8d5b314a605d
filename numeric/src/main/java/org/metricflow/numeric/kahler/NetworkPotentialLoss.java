package org.metricflow.numeric.kahler;

import org.ejml.data.ZMatrixRMaj;
import org.ejml.dense.row.CommonOps_ZDRM;
import org.metricflow.numeric.Parallel;
import org.metricflow.numeric.metric.HermitianDeterminant;
import org.metricflow.numeric.sample.PointSample;

/**
 * The Monge–Ampère loss of {@link MongeAmpereLoss} for g = g_alg + ∂∂̄φ_θ with the algebraic part fixed, and its
 * exact gradient in θ. With d ln det g = tr(g^{-1} dg) and dg = ∂∂̄ dφ,
 * <pre>  dL/dθ = Σ_x e_x d/dθ Re Σ_ab conj(Λ_x,ab) ∂_a∂̄_b φ_θ(x),   Λ_x = (g_x^{-1})^T conj = (g_x^{-1})_{ab} as stored</pre>
 * (tr(g^{-1}dg) = Σ_ab (g^{-1})_ba dg_ab = Re Σ_ab conj((g^{-1})_ab) dg_ab for Hermitian g), with the e_x of
 * {@link MongeAmpereLoss}; the θ-derivative is the network's reverse mode ({@link PotentialNetwork.Workspace#backward}).
 * The algebraic metric at the training points is computed once.
 */
public final class NetworkPotentialLoss {

    private final PointSample sample;
    private final MetricValues base;
    private final PotentialNetwork network;
    private final int threads;

    /**
     * @param sample  the training points (each in its own chart)
     * @param base    the algebraic metric
     * @param network the network's shape
     * @param threads worker threads
     */
    public NetworkPotentialLoss(PointSample sample, AlgebraicMetric base, PotentialNetwork network, int threads) {
        this.sample = sample;
        this.base = base.values(sample, threads);
        this.network = network;
        this.threads = threads;
    }

    /**
     * Loss, σ of the batch and dL/dθ; or, when g is not positive definite at some point of the batch, that point
     * (sample index) and no loss.
     */
    public record Evaluation(double loss, double sigma, double[] gradient, int notPositiveAt) {

        /** Whether g was positive definite at every point of the batch. */
        public boolean positive() {
            return notPositiveAt < 0;
        }
    }

    /** L (and dL/dθ when {@code gradient}) on the points {@code indices} of the sample. */
    public Evaluation evaluate(double[] theta, int[] indices, boolean gradient) {
        int n = indices.length;
        int d = sample.dimension();
        int g2 = 2 * d * d;
        double[] metric = new double[n * g2];
        for (int i = 0; i < n; i++) {
            System.arraycopy(base.metric(), indices[i] * g2, metric, i * g2, g2);
        }
        double[] r = new double[n];
        int blocks = (n + NetworkJets.BLOCK - 1) / NetworkJets.BLOCK;
        int[] bad = new int[blocks];
        Parallel.forEachChunk(blocks, threads, c -> {
            NetworkJets jets = new NetworkJets(sample, network);
            HermitianDeterminant hd = new HermitianDeterminant(d);
            int from = c * NetworkJets.BLOCK;
            int to = Math.min(n, from + NetworkJets.BLOCK);
            jets.forward(sample, indices, from, to, theta);
            bad[c] = NetworkMetric.add(jets.hessian(), from, to, metric, g2, new PositiveDefinite(d));
            for (int i = from; i < to; i++) {
                r[i] = hd.det(metric, i * g2) / sample.omegaAbs2(indices[i]);
            }
        });
        for (int b : bad) {
            if (b >= 0) {
                return new Evaluation(Double.NaN, Double.NaN, null, indices[b]);
            }
        }
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = sample.weights()[indices[i]];
        }
        BatchSigmaLoss sl = BatchSigmaLoss.of(r, w);
        if (!gradient) {
            return new Evaluation(sl.loss(), sl.sigma(), null, -1);
        }
        double[][] partial = new double[blocks][];
        Parallel.forEachChunk(blocks, threads, c -> {
            NetworkJets jets = new NetworkJets(sample, network);
            int from = c * NetworkJets.BLOCK;
            int to = Math.min(n, from + NetworkJets.BLOCK);
            jets.forward(sample, indices, from, to, theta);
            double[] adjoint = new double[(to - from) * g2];
            ZMatrixRMaj g = new ZMatrixRMaj(d, d);
            ZMatrixRMaj inv = new ZMatrixRMaj(d, d);
            for (int i = from; i < to; i++) {
                System.arraycopy(metric, i * g2, g.data, 0, g2);
                if (!CommonOps_ZDRM.invert(g, inv)) {
                    throw new IllegalStateException("the metric is singular at point " + indices[i]);
                }
                double e = sl.e()[i];
                for (int t = 0; t < g2; t++) {
                    adjoint[(i - from) * g2 + t] = e * inv.data[t];
                }
            }
            double[] grad = new double[network.parameters()];
            jets.backward(theta, adjoint, grad);
            partial[c] = grad;
        });
        double[] grad = new double[network.parameters()];
        for (double[] p : partial) {
            for (int t = 0; t < grad.length; t++) {
                grad[t] += p[t];
            }
        }
        return new Evaluation(sl.loss(), sl.sigma(), grad, -1);
    }
}
