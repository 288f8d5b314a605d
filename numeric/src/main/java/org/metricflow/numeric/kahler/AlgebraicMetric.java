package org.metricflow.numeric.kahler;

import java.util.Objects;
import org.ejml.data.ZMatrixRMaj;
import org.ejml.dense.row.CommonOps_ZDRM;
import org.ejml.dense.row.factory.DecompositionFactory_ZDRM;
import org.ejml.interfaces.decomposition.CholeskyDecomposition_F64;
import org.hipparchus.util.CombinatoricsUtils;
import org.metricflow.numeric.Parallel;
import org.metricflow.numeric.manifold.ProjectiveHypersurface;
import org.metricflow.numeric.sample.PointGeometry;
import org.metricflow.numeric.sample.PointSample;

/**
 * Donaldson's algebraic Kähler metric on X: g = ∂∂̄K, K = (1/kπ) ln(s^† H s) = (1/kπ) ln Σ_{αβ} conj(s_α) H_{αβ} s_β
 * with s the degree-k {@link MonomialBasis} and H Hermitian positive definite (a one-layer holomorphic network).
 * Its Kähler class is that of the restricted Fubini–Study metric (1/π)∂∂̄ ln|z|², for every H; H and cH give the
 * same metric. Evaluated exactly (analytic derivatives, {@link PotentialPullback}) in each point's own chart.
 *
 * @param manifold the hypersurface
 * @param basis    the sections
 * @param h        N_k × N_k Hermitian positive definite (not copied: do not modify)
 */
public record AlgebraicMetric(ProjectiveHypersurface manifold, MonomialBasis basis, ZMatrixRMaj h)
        implements PotentialMetric {

    private static final int BLOCK = 256;

    public AlgebraicMetric {
        Objects.requireNonNull(manifold, "manifold");
        Objects.requireNonNull(basis, "basis");
        if (h.numRows != basis.size() || h.numCols != basis.size()) {
            throw new IllegalArgumentException("H must be " + basis.size() + " x " + basis.size() + ", got "
                    + h.numRows + " x " + h.numCols);
        }
    }

    /**
     * H = diag(k!/Π α_i!): s^† H s = |z|^{2k} on the full monomial basis, so for k &lt; deg p (no monomial dropped)
     * the metric is exactly the restricted Fubini–Study metric; for larger k it is a nearby starting point.
     */
    public static AlgebraicMetric multinomial(ProjectiveHypersurface x, int k) {
        MonomialBasis basis = MonomialBasis.of(x, k);
        ZMatrixRMaj h = new ZMatrixRMaj(basis.size(), basis.size());
        for (int a = 0; a < basis.size(); a++) {
            double c = CombinatoricsUtils.factorialDouble(k);
            for (int e : basis.exponents(a)) {
                c /= CombinatoricsUtils.factorialDouble(e);
            }
            h.set(a, a, c, 0);
        }
        return new AlgebraicMetric(x, basis, h);
    }

    @Override
    public AlgebraicMetric algebraic() {
        return this;
    }

    /** Degree k of the sections. */
    public int k() {
        return basis.degree();
    }

    /** F^T for a factor H = F^† F (F = L^H of the Cholesky factor H = L L^H, so F^T = conj(L)). */
    public ZMatrixRMaj factorTransposed() {
        return factorTransposed(h);
    }

    /**
     * F^T for H = F^† F.
     *
     * @throws IllegalArgumentException when H is not positive definite
     */
    public static ZMatrixRMaj factorTransposed(ZMatrixRMaj h) {
        CholeskyDecomposition_F64<ZMatrixRMaj> chol = DecompositionFactory_ZDRM.chol(h.numRows, true);
        ZMatrixRMaj copy = h.copy();
        if (!chol.decompose(copy)) {
            throw new IllegalArgumentException("H is not positive definite (Cholesky failed)");
        }
        ZMatrixRMaj l = chol.getT(null);
        ZMatrixRMaj out = new ZMatrixRMaj(l.numRows, l.numCols);
        CommonOps_ZDRM.conjugate(l, out);
        return out;
    }

    /**
     * g and det g at every point of the sample, in the point's own chart.
     *
     * @throws IllegalArgumentException naming the first point where g is not positive definite
     */
    @Override
    public CurvatureValues curvature(PointSample s, int threads) {
        return ScalarCurvature.values(this, s, threads);
    }

    @Override
    public MetricValues values(PointSample s, int threads) {
        if (s.coordinates() != basis.coordinates()) {
            throw new IllegalArgumentException("the sample has " + s.coordinates() + " coordinates, the metric "
                    + basis.coordinates());
        }
        int n = s.size();
        int d = s.dimension();
        int g2 = 2 * d * d;
        double[] det = new double[n];
        double[] metric = new double[n * g2];
        ZMatrixRMaj ft = factorTransposed();
        int blocks = (n + BLOCK - 1) / BLOCK;
        int n1 = s.coordinates();
        Parallel.forEachChunk(blocks, threads, c -> {
            SectionJets jets = new SectionJets(basis, BLOCK);
            PointGeometry geo = new PointGeometry(manifold);
            PotentialPullback pull = new PotentialPullback(d, k());
            int mm = 2 * jets.slots() * jets.slots();
            double[] gram = new double[BLOCK * mm];
            int from = c * BLOCK;
            int to = Math.min(n, from + BLOCK);
            jets.load(s, from, to);
            jets.gram(ft, gram);
            for (int i = from; i < to; i++) {
                geo.load(s.points(), i * 2 * n1, s.chart(i));
                if (!pull.load(gram, (i - from) * mm, geo)) {
                    throw new IllegalArgumentException("the algebraic metric is not positive definite at point " + i
                            + " (det g = " + pull.det() + ")");
                }
                det[i] = pull.det();
                pull.metric(metric, i * g2);
            }
        });
        return new MetricValues(det, metric);
    }
}
