package org.metricflow.numeric.kahler;

import org.ejml.data.ZMatrixRMaj;
import org.ejml.dense.row.CommonOps_ZDRM;
import org.metricflow.numeric.Parallel;
import org.metricflow.numeric.sample.PointSample;

/**
 * A potential flow φ̇ = v (a {@link PotentialVelocity}) projected onto the algebraic ansatz K = (1/kπ) ln(s^† H s)
 * as the flow induced by gradient descent (docs/cy-metrics.md, "Kähler–Ricci and Calabi flows on H"): with
 * dK_x = tr(dH Q_x), Q_x = s_x s_x^†/(kπψ_x), the L²(dvol_g) inner product ⟨u, v⟩ = Σ_x m_x u_x v_x / Σ m
 * (m_x = w_x det g_x/|Ω_x|², the metric's volume) and v centred (v − ⟨v⟩; constants do not move g),
 * <pre>  Γ = −Σ_x (m_x/Σm)(v_x − ⟨v⟩) Q_x,</pre>
 * so that a step dH = −ε Γ changes K by ε·J J^T (v − ⟨v⟩): Γ plays the role of dL/dH for the optimiser, and the
 * induced flow of K is the neural-tangent-kernel image Θ(v − ⟨v⟩) of the velocity. For Calabi flow (v = R) this is
 * exactly gradient descent of Mabuchi's K-energy, whose L²(dvol_g) gradient is −(R − R̄). Fixed points: v − ⟨v⟩
 * orthogonal to every δK the ansatz can make, in particular v ≡ const, the Ricci-flat metric.
 */
public final class VelocityProjection {

    private final PointSample sample;
    private final MonomialBasis basis;
    private final int threads;

    /**
     * @param sample  the points (each in its own chart)
     * @param basis   the sections
     * @param threads worker threads
     */
    public VelocityProjection(PointSample sample, MonomialBasis basis, int threads) {
        this.sample = sample;
        this.basis = basis;
        this.threads = threads;
    }

    /**
     * The batch's mean square velocity ⟨(v − ⟨v⟩)²⟩, its σ, ⟨|R|⟩ (both over the batch, σ with the Ω measure as
     * {@link MongeAmpereLoss}), and Γ (Hermitian, N_k × N_k).
     */
    public record Evaluation(double velocitySquare, double sigma, double meanAbsScalar, ZMatrixRMaj gradient) {
    }

    /**
     * Evaluates the batch {@code indices} for H = F^† F given F^T.
     *
     * @throws IllegalArgumentException when g is not positive definite at a point
     */
    public Evaluation evaluate(ZMatrixRMaj factorTransposed, int[] indices, PotentialVelocity velocity) {
        int n = indices.length;
        int blocks = (n + ScalarCurvature.BLOCK - 1) / ScalarCurvature.BLOCK;
        double[] ratio = new double[n];
        double[] scalar = new double[n];
        double[] psi = new double[n];
        ZMatrixRMaj[] jets = new ZMatrixRMaj[blocks];
        int rows = PotentialSeries.size(sample.dimension());
        Parallel.forEachChunk(blocks, threads, c -> {
            ScalarCurvature.Block block = new ScalarCurvature.Block(sample.manifold(), basis);
            int from = c * ScalarCurvature.BLOCK;
            int to = Math.min(n, from + ScalarCurvature.BLOCK);
            block.evaluate(sample, indices, from, to, factorTransposed);
            ZMatrixRMaj values = new ZMatrixRMaj(to - from, basis.size());
            ZMatrixRMaj dt = block.jets();
            for (int i = from; i < to; i++) {
                if (!block.valid(i - from)) {
                    throw new IllegalArgumentException("the metric is not positive definite at point " + indices[i]);
                }
                ratio[i] = block.det(i - from) / sample.omegaAbs2(indices[i]);
                scalar[i] = block.scalar(i - from);
                psi[i] = block.psi(i - from);
                System.arraycopy(dt.data, 2 * basis.size() * (i - from) * rows, values.data,
                        2 * basis.size() * (i - from), 2 * basis.size());
            }
            jets[c] = values;
        });
        double[] w = sample.weights();
        double sw = 0;
        double swr = 0;
        double sv = 0;
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            double wi = w[indices[i]];
            v[i] = velocity.at(ratio[i], scalar[i]);
            sw += wi;
            swr += wi * ratio[i];
            sv += wi * ratio[i] * v[i];
        }
        double kappa = swr / sw;
        double mean = sv / swr;
        double sigma = 0;
        double square = 0;
        double absR = 0;
        for (int i = 0; i < n; i++) {
            double wi = w[indices[i]];
            sigma += wi * Math.abs(ratio[i] / kappa - 1);
            square += wi * ratio[i] * (v[i] - mean) * (v[i] - mean);
            absR += wi * ratio[i] * Math.abs(scalar[i]);
        }
        double scale = 1 / (basis.degree() * Math.PI);
        int nk = basis.size();
        ZMatrixRMaj gamma = new ZMatrixRMaj(nk, nk);
        ZMatrixRMaj part = new ZMatrixRMaj(nk, nk);
        for (int c = 0; c < blocks; c++) {
            ZMatrixRMaj s = jets[c];
            ZMatrixRMaj weighted = s.copy();
            int from = c * ScalarCurvature.BLOCK;
            for (int j = 0; j < s.numRows; j++) {
                int i = from + j;
                double e = -w[indices[i]] * ratio[i] / swr * (v[i] - mean) * scale / psi[i];
                for (int t = 0; t < 2 * nk; t++) {
                    weighted.data[2 * nk * j + t] *= e;
                }
            }
            // Σ e conj(s) s^T, then conjugated below: Γ = Σ e s s^†
            CommonOps_ZDRM.multTransA(s, weighted, part);
            CommonOps_ZDRM.add(gamma, part, gamma);
        }
        CommonOps_ZDRM.conjugate(gamma, gamma);
        return new Evaluation(square / swr, sigma / sw, absR / swr, gamma);
    }
}
