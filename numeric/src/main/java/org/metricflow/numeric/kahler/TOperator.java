package org.metricflow.numeric.kahler;

import org.ejml.data.ZMatrixRMaj;
import org.ejml.dense.row.CommonOps_ZDRM;
import org.metricflow.numeric.Parallel;
import org.metricflow.numeric.sample.PointSample;

/**
 * Donaldson's T-operator for the potential K = (1/kπ) ln(s^† H s) on a Calabi–Yau X:
 * <pre>  T(H) = (N_k / Vol_Ω) ∫_X s s^† / (s^† H s) μ_Ω ≈ N_k Σ_x w_x s_x s_x^† / ψ_x / Σ_x w_x,</pre>
 * ψ_x = s_x^† H s_x, w_x = |Ω|²/det g_FS (the sample's weights, so Σ_x w_x F_x/Σ_x w_x estimates the μ_Ω mean of F).
 * The balanced metric is the fixed point H = T(H)^{-1} (Donaldson 2005; Douglas, Karp, Lukic, Reinbacher 2006); the
 * normalisation makes tr(H T(H)) = N_k exactly for every H. Work: one EJML product per block of points; the sum
 * runs over a fixed number of groups, so the result does not depend on the number of threads.
 */
public final class TOperator {

    private static final int BLOCK = 512;
    private static final int GROUPS = 16;

    private TOperator() {
    }

    /**
     * T(H) on the sample.
     *
     * @throws IllegalArgumentException when the sample has fewer points than N_k² (T is then rank-deficient or
     *                                  dominated by sampling noise)
     */
    public static ZMatrixRMaj apply(AlgebraicMetric g, PointSample s, int threads) {
        MonomialBasis basis = g.basis();
        int n = basis.size();
        requireEnoughPoints(n, s.size(), g.k());
        ZMatrixRMaj ft = g.factorTransposed();
        int size = s.size();
        int groups = Math.min(GROUPS, (size + BLOCK - 1) / BLOCK);
        ZMatrixRMaj[] partial = new ZMatrixRMaj[groups];
        double[] weights = s.weights();
        int stride = 2 * s.coordinates();
        Parallel.forEachChunk(groups, threads, grp -> {
            int from = (int) ((long) size * grp / groups);
            int to = (int) ((long) size * (grp + 1) / groups);
            MonomialBasis.Jet jet = basis.jet();
            ZMatrixRMaj st = new ZMatrixRMaj(BLOCK, n);
            ZMatrixRMaj z = new ZMatrixRMaj(BLOCK, n);
            ZMatrixRMaj w = new ZMatrixRMaj(BLOCK, n);
            ZMatrixRMaj acc = new ZMatrixRMaj(n, n);
            for (int b = from; b < to; b += BLOCK) {
                int count = Math.min(BLOCK, to - b);
                st.reshape(count, n);
                z.reshape(count, n);
                w.reshape(count, n);
                for (int j = 0; j < count; j++) {
                    jet.evaluate(s.points(), (b + j) * stride, true, st.data, j * 2 * n);
                }
                CommonOps_ZDRM.mult(st, ft, z);    // row j: (F s_j)^T, so ψ_j = |row j|²
                for (int j = 0; j < count; j++) {
                    double psi = 0;
                    for (int t = 2 * n * j; t < 2 * n * (j + 1); t++) {
                        psi += z.data[t] * z.data[t];
                    }
                    double c = weights[b + j] / psi;
                    for (int t = 2 * n * j; t < 2 * n * (j + 1); t++) {
                        w.data[t] = c * st.data[t];
                    }
                }
                CommonOps_ZDRM.multAddTransA(st, w, acc);   // Σ c conj(s_α) s_β
            }
            partial[grp] = acc;
        });
        ZMatrixRMaj t = new ZMatrixRMaj(n, n);
        for (ZMatrixRMaj p : partial) {
            CommonOps_ZDRM.add(t, p, t);
        }
        double sw = 0;
        for (double x : weights) {
            sw += x;
        }
        // T_{αβ} = Σ c s_α conj(s_β): the conjugate of the accumulated Σ c conj(s_α) s_β
        CommonOps_ZDRM.conjugate(t, t);
        CommonOps_ZDRM.scale(n / sw, 0, t);
        return t;
    }

    /**
     * @throws IllegalArgumentException when {@code points} &lt; N_k², naming k and both numbers
     */
    public static void requireEnoughPoints(int basisSize, int points, int k) {
        if ((long) points < (long) basisSize * basisSize) {
            throw new IllegalArgumentException("k = " + k + " needs at least N_k^2 = " + (long) basisSize * basisSize
                    + " points (N_k = " + basisSize + " sections), the sample has " + points);
        }
    }
}
