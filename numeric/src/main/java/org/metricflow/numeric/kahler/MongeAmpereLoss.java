package org.metricflow.numeric.kahler;

import org.ejml.data.ZMatrixRMaj;
import org.ejml.dense.row.CommonOps_ZDRM;
import org.metricflow.numeric.Parallel;
import org.metricflow.numeric.sample.PointGeometry;
import org.metricflow.numeric.sample.PointSample;

/**
 * The Monge–Ampère loss of the algebraic metric H = F^† F on a batch of points and its exact gradient in H:
 * <pre>  L(H) = Σ_x w_x (η_x − 1)² / Σ_x w_x,   η_x = R_x/κ,   R_x = det g_x/|Ω_x|²,   κ = Σ w R/Σ w</pre>
 * (the squared-deviation form of the paper's σ-loss B.11, smooth at η = 1). With d ln R_x = tr(dH Q_x),
 * Q_x = Σ_{ab} C_{ab} D_b D_a^† ({@link PotentialPullback#gradient}), and Σ w η = Σ w,
 * <pre>  dL = Re tr(dH Γ),   Γ = Σ_x e_x Q_x,   e_x = (2 w_x η_x/S)[(η_x − 1) − Σ_j w_j (η_j − 1) η_j / S],  S = Σ w.</pre>
 * The sum Γ is one EJML product per block of points (Γ = conj(Dt^H W), W_{b·} = Σ_a conj(e C_{ab}) Dt_{a·}).
 */
public final class MongeAmpereLoss {

    private static final int BLOCK = 256;

    private final PointSample sample;
    private final MonomialBasis basis;
    private final int threads;

    /**
     * @param sample  the points (each in its own chart)
     * @param basis   the sections
     * @param threads worker threads
     */
    public MongeAmpereLoss(PointSample sample, MonomialBasis basis, int threads) {
        this.sample = sample;
        this.basis = basis;
        this.threads = threads;
    }

    /** Loss value, σ of the batch, and Γ = dL/dH (Hermitian, N_k × N_k). */
    public record Evaluation(double loss, double sigma, ZMatrixRMaj gradient) {
    }

    /**
     * L and Γ on the points {@code indices} of the sample for H = F^† F, given F^T.
     *
     * @throws IllegalArgumentException when g is not positive definite at a point
     */
    public Evaluation evaluate(ZMatrixRMaj factorTransposed, int[] indices) {
        int n = indices.length;
        int d = sample.dimension();
        int k = basis.degree();
        int slots = sample.coordinates() + 1;
        int mm = 2 * slots * slots;
        double[] gram = new double[n * mm];
        double[] r = new double[n];
        int blocks = (n + BLOCK - 1) / BLOCK;
        PointSample batch = sample.select(indices);
        int n1 = sample.coordinates();
        Parallel.forEachChunk(blocks, threads, c -> {
            SectionJets jets = new SectionJets(basis, BLOCK);
            PointGeometry geo = new PointGeometry(sample.manifold());
            PotentialPullback pull = new PotentialPullback(d, k);
            int from = c * BLOCK;
            int to = Math.min(n, from + BLOCK);
            double[] local = new double[(to - from) * mm];
            jets.load(batch, from, to);
            jets.gram(factorTransposed, local);
            System.arraycopy(local, 0, gram, from * mm, local.length);
            for (int i = from; i < to; i++) {
                geo.load(batch.points(), i * 2 * n1, batch.chart(i));
                if (!pull.load(gram, i * mm, geo)) {
                    throw new IllegalArgumentException("the metric is not positive definite at point " + indices[i]);
                }
                r[i] = pull.det() / batch.omegaAbs2(i);
            }
        });
        BatchSigmaLoss sl = BatchSigmaLoss.of(r, batch.weights());
        ZMatrixRMaj[] partial = new ZMatrixRMaj[blocks];
        int nk = basis.size();
        Parallel.forEachChunk(blocks, threads, c -> {
            SectionJets jets = new SectionJets(basis, BLOCK);
            PointGeometry geo = new PointGeometry(sample.manifold());
            PotentialPullback pull = new PotentialPullback(d, k);
            int from = c * BLOCK;
            int to = Math.min(n, from + BLOCK);
            jets.load(batch, from, to);
            ZMatrixRMaj dt = jets.jets();
            ZMatrixRMaj wt = new ZMatrixRMaj(dt.numRows, dt.numCols);
            double[] cm = new double[mm];
            for (int i = from; i < to; i++) {
                geo.load(batch.points(), i * 2 * n1, batch.chart(i));
                pull.load(gram, i * mm, geo);
                pull.gradient(gram, i * mm, cm, 0);
                double e = sl.e()[i];
                int base = (i - from) * slots;
                for (int b = 0; b < slots; b++) {
                    int rowB = 2 * nk * (base + b);
                    for (int a = 0; a < slots; a++) {
                        double cr = e * cm[2 * (a * slots + b)];
                        double ci = -e * cm[2 * (a * slots + b) + 1];   // conj(e C_ab)
                        if (cr == 0 && ci == 0) {
                            continue;
                        }
                        int rowA = 2 * nk * (base + a);
                        for (int t = 0; t < 2 * nk; t += 2) {
                            double xr = dt.data[rowA + t];
                            double xi = dt.data[rowA + t + 1];
                            wt.data[rowB + t] += cr * xr - ci * xi;
                            wt.data[rowB + t + 1] += cr * xi + ci * xr;
                        }
                    }
                }
            }
            ZMatrixRMaj acc = new ZMatrixRMaj(nk, nk);
            CommonOps_ZDRM.multTransA(dt, wt, acc);
            partial[c] = acc;
        });
        ZMatrixRMaj gamma = new ZMatrixRMaj(nk, nk);
        for (ZMatrixRMaj p : partial) {
            CommonOps_ZDRM.add(gamma, p, gamma);
        }
        CommonOps_ZDRM.conjugate(gamma, gamma);
        return new Evaluation(sl.loss(), sl.sigma(), gamma);
    }
}
