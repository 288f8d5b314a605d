package org.metricflow.numeric.sampling;

import org.hipparchus.complex.Complex;
import org.metricflow.numeric.manifold.HomogeneousPolynomial;

/**
 * Coefficients of P(t) = p(a + t b) for a homogeneous p of degree m: P(t) = Σ_{k=0}^{m} c_k t^k, with c_m = p(b)
 * and c_0 = p(a). Each term c Π_j z_j^{e_j} is expanded by multiplying the linear factors (a_j + t b_j) one at a
 * time. A workspace: one per thread.
 */
final class LinePolynomial {

    private final int degree;
    private final int[][] vars;
    private final int[][] exps;
    private final double[] cr;
    private final double[] ci;
    private final double[] wr;
    private final double[] wi;

    LinePolynomial(HomogeneousPolynomial p) {
        this.degree = p.degree();
        int terms = p.terms();
        this.vars = new int[terms][];
        this.exps = new int[terms][];
        this.cr = new double[terms];
        this.ci = new double[terms];
        for (int m = 0; m < terms; m++) {
            int[] e = p.exponents(m);
            int count = 0;
            for (int x : e) {
                count += x > 0 ? 1 : 0;
            }
            vars[m] = new int[count];
            exps[m] = new int[count];
            int k = 0;
            for (int i = 0; i < e.length; i++) {
                if (e[i] > 0) {
                    vars[m][k] = i;
                    exps[m][k++] = e[i];
                }
            }
            Complex c = p.coefficient(m);
            cr[m] = c.getReal();
            ci[m] = c.getImaginary();
        }
        this.wr = new double[degree + 1];
        this.wi = new double[degree + 1];
    }

    /**
     * Writes c_0..c_m into {@code outRe}, {@code outIm}.
     *
     * @param aRe real parts of a (n+1 values), likewise the others
     */
    void coefficients(double[] aRe, double[] aIm, double[] bRe, double[] bIm, double[] outRe, double[] outIm) {
        for (int k = 0; k <= degree; k++) {
            outRe[k] = 0;
            outIm[k] = 0;
        }
        for (int m = 0; m < vars.length; m++) {
            wr[0] = cr[m];
            wi[0] = ci[m];
            int deg = 0;
            int[] v = vars[m];
            int[] e = exps[m];
            for (int f = 0; f < v.length; f++) {
                double ar = aRe[v[f]];
                double ai = aIm[v[f]];
                double br = bRe[v[f]];
                double bi = bIm[v[f]];
                for (int rep = 0; rep < e[f]; rep++) {
                    // w(t) ← w(t)·(a + t b), highest degree first
                    wr[deg + 1] = wr[deg] * br - wi[deg] * bi;
                    wi[deg + 1] = wr[deg] * bi + wi[deg] * br;
                    for (int k = deg; k >= 1; k--) {
                        double xr = wr[k] * ar - wi[k] * ai + wr[k - 1] * br - wi[k - 1] * bi;
                        double xi = wr[k] * ai + wi[k] * ar + wr[k - 1] * bi + wi[k - 1] * br;
                        wr[k] = xr;
                        wi[k] = xi;
                    }
                    double xr = wr[0] * ar - wi[0] * ai;
                    double xi = wr[0] * ai + wi[0] * ar;
                    wr[0] = xr;
                    wi[0] = xi;
                    deg++;
                }
            }
            for (int k = 0; k <= degree; k++) {
                outRe[k] += wr[k];
                outIm[k] += wi[k];
            }
        }
    }
}
