package org.metricflow.numeric.sampling;

import org.ejml.data.Complex_F64;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * Roots of a complex polynomial as eigenvalues of its companion matrix C = A + iB, computed with EJML's real
 * eigen-decomposition of the realification R = [[A, −B], [B, A]] (EJML has no complex eigen-solver). The spectrum
 * of R is eig(C) ∪ conj(eig(C)): the eigenvalue with the smallest relative residual |P(λ)|/Σ|c_k||λ|^k is a root,
 * and the candidate nearest to conj(λ) is its partner from the C̄ block and is set aside (so a real root, which
 * appears twice in R, is taken once); repeated m times.
 * Converged when all m selected residuals are ≤ 1e-8 and the roots are distinct; Newton polishing follows in the
 * sampler.
 */
public final class CompanionEigenRoots implements PolynomialRoots {

    private static final double ACCEPT = 1e-8;

    private final int maxDegree;
    private final DMatrixRMaj realified;
    private final EigenDecomposition_F64<DMatrixRMaj> eig;
    private final double[] candRe;
    private final double[] candIm;
    private final double[] candRes;
    private final boolean[] used;

    /** @param maxDegree the largest degree this workspace solves */
    public CompanionEigenRoots(int maxDegree) {
        if (maxDegree < 1) {
            throw new IllegalArgumentException("maxDegree must be >= 1, got " + maxDegree);
        }
        this.maxDegree = maxDegree;
        this.realified = new DMatrixRMaj(2 * maxDegree, 2 * maxDegree);
        this.eig = DecompositionFactory_DDRM.eig(2 * maxDegree, false);
        this.candRe = new double[2 * maxDegree];
        this.candIm = new double[2 * maxDegree];
        this.candRes = new double[2 * maxDegree];
        this.used = new boolean[2 * maxDegree];
    }

    private double distToConj(int j, int root) {
        return Math.hypot(candRe[j] - candRe[root], candIm[j] + candIm[root]);
    }

    @Override
    public boolean solve(double[] cRe, double[] cIm, int degree, double[] rootRe, double[] rootIm) {
        int m = degree;
        if (m > maxDegree) {
            throw new IllegalArgumentException("degree " + m + " exceeds this workspace's maximum " + maxDegree);
        }
        realified.reshape(2 * m, 2 * m);
        realified.zero();
        double lr = cRe[m];
        double li = cIm[m];
        double l2 = lr * lr + li * li;
        for (int i = 1; i < m; i++) {
            realified.set(i, i - 1, 1);
            realified.set(m + i, m + i - 1, 1);
        }
        for (int k = 0; k < m; k++) {
            // a_k = c_k / c_m; last column of C is −a
            double ar = (cRe[k] * lr + cIm[k] * li) / l2;
            double ai = (cIm[k] * lr - cRe[k] * li) / l2;
            realified.set(k, m - 1, -ar);
            realified.set(m + k, 2 * m - 1, -ar);
            realified.set(m + k, m - 1, -ai);
            realified.set(k, 2 * m - 1, ai);
        }
        if (!eig.decompose(realified)) {
            return false;
        }
        int count = eig.getNumberOfEigenvalues();
        for (int j = 0; j < count; j++) {
            Complex_F64 v = eig.getEigenvalue(j);
            candRe[j] = v.real;
            candIm[j] = v.imaginary;
            candRes[j] = PolynomialRoots.relativeResidual(cRe, cIm, m, v.real, v.imaginary);
            used[j] = false;
        }
        for (int k = 0; k < m; k++) {
            int best = -1;
            for (int j = 0; j < count; j++) {
                if (!used[j] && (best < 0 || candRes[j] < candRes[best])) {
                    best = j;
                }
            }
            if (best < 0 || !(candRes[best] <= ACCEPT)) {
                return false;
            }
            used[best] = true;
            rootRe[k] = candRe[best];
            rootIm[k] = candIm[best];
            // its partner conj(λ) from the C̄ block of R: the nearest unused candidate to conj(λ)
            int partner = -1;
            for (int j = 0; j < count; j++) {
                if (!used[j] && (partner < 0 || distToConj(j, best) < distToConj(partner, best))) {
                    partner = j;
                }
            }
            if (partner >= 0) {
                used[partner] = true;
            }
        }
        for (int a = 0; a < m; a++) {
            for (int b = a + 1; b < m; b++) {
                double sep = Math.hypot(rootRe[a] - rootRe[b], rootIm[a] - rootIm[b]);
                if (sep <= 1e-10 * (1 + Math.hypot(rootRe[a], rootIm[a]))) {
                    return false;
                }
            }
        }
        return true;
    }
}
