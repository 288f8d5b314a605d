package org.metricflow.numeric.sampling;

/**
 * Finds all roots of a univariate complex polynomial P(t) = Σ_{k=0}^{m} c_k t^k with c_m ≠ 0. Implementations are
 * workspaces: one instance per thread.
 */
public interface PolynomialRoots {

    /**
     * @param cRe    real parts of c_0..c_m (not modified)
     * @param cIm    imaginary parts of c_0..c_m (not modified)
     * @param degree m ≥ 1
     * @param rootRe output: real parts of the m roots (modified)
     * @param rootIm output: imaginary parts of the m roots (modified)
     * @return whether every root converged (backward error at rounding level); roots are unusable otherwise
     */
    boolean solve(double[] cRe, double[] cIm, int degree, double[] rootRe, double[] rootIm);

    /**
     * Relative backward error |P(t)| / Σ|c_k||t|^k of a candidate root t (Horner; ≈ machine epsilon at a root).
     */
    static double relativeResidual(double[] cRe, double[] cIm, int degree, double tr, double ti) {
        double pr = cRe[degree];
        double pi = cIm[degree];
        double abs = Math.hypot(pr, pi);
        double at = Math.hypot(tr, ti);
        for (int k = degree - 1; k >= 0; k--) {
            double nr = pr * tr - pi * ti + cRe[k];
            double ni = pr * ti + pi * tr + cIm[k];
            pr = nr;
            pi = ni;
            abs = abs * at + Math.hypot(cRe[k], cIm[k]);
        }
        return Math.hypot(pr, pi) / abs;
    }
}
