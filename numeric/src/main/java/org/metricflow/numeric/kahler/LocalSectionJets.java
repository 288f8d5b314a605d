package org.metricflow.numeric.kahler;

import org.ejml.data.ZMatrixRMaj;
import org.metricflow.numeric.manifold.HomogeneousPolynomial;
import org.metricflow.numeric.sample.PointGeometry;

/**
 * Holomorphic Taylor coefficients of the sections along X to second order, in a point's own local coordinates
 * x_a = u_{L_a} (u the patch-normalised point, u_e = u_e(x) the eliminated coordinate solved from p = 0). A
 * per-thread workspace.
 *
 * <p>Row layout per point ({@link #rows()} = 1 + d + d(d+1)/2 rows of N_k complex): row 0 the values s, row 1+a the
 * first derivatives S_a = ∂_a s = s_{,L_a} + s_{,e} r_a, then one row per pair a ≤ b (a outer) with the coefficient
 * of ξ_aξ_b in s(x + ξ): S_{ab}/(1 + δ_{ab}), where
 * <pre>  S_{ab} = s_{,L_aL_b} + s_{,L_a e} r_b + s_{,L_b e} r_a + s_{,ee} r_a r_b + s_{,e} q_{ab},
 *   r_a = −p_{,L_a}/p_{,e},  q_{ab} = ∂_a∂_b u_e = −(p_{,L_aL_b} + p_{,L_a e} r_b + p_{,L_b e} r_a + p_{,ee} r_a r_b)/p_{,e}</pre>
 * (commas: derivatives in the homogeneous coordinates at u, the implicit-function theorem applied twice to
 * p(x, u_e(x)) = 0). The pair order is that of {@link PotentialSeries}.
 */
final class LocalSectionJets {

    private final MonomialBasis basis;
    private final HomogeneousPolynomial p;
    private final int d;
    private final int n1;
    private final int rows;
    private final int capacity;
    private final int stride;
    private final double[] powRe;
    private final double[] powIm;
    private final int[] ids;
    private final double[] c1Re;
    private final double[] c1Im;
    private final double[] c2Re;
    private final double[] c2Im;
    private final double[] qRe;
    private final double[] qIm;
    private final double[] rRe;
    private final double[] rIm;
    private final double[] tmp = new double[2];
    private final ZMatrixRMaj dt;
    private double valueRe;
    private double valueIm;

    LocalSectionJets(MonomialBasis basis, HomogeneousPolynomial p, int capacity) {
        this.basis = basis;
        this.p = p;
        this.n1 = basis.coordinates();
        this.d = n1 - 2;
        this.rows = PotentialSeries.size(d);
        this.capacity = capacity;
        this.stride = Math.max(basis.degree(), p.degree()) + 1;
        this.powRe = new double[n1 * stride];
        this.powIm = new double[n1 * stride];
        this.ids = new int[d + 1];
        this.c1Re = new double[d + 1];
        this.c1Im = new double[d + 1];
        this.c2Re = new double[(d + 1) * (d + 1)];
        this.c2Im = new double[(d + 1) * (d + 1)];
        this.qRe = new double[d * d];
        this.qIm = new double[d * d];
        this.rRe = new double[d];
        this.rIm = new double[d];
        this.dt = new ZMatrixRMaj(capacity * rows, basis.size());
    }

    /** Rows per point, 1 + d + d(d+1)/2. */
    int rows() {
        return rows;
    }

    /** The loaded jet matrix ((points·rows) × N_k); shared, do not modify. */
    ZMatrixRMaj jets() {
        return dt;
    }

    /** Sets the number of points of the block (before {@link #load}). */
    void reshape(int count) {
        if (count < 1 || count > capacity) {
            throw new IllegalArgumentException("block of " + count + " points does not fit capacity " + capacity);
        }
        dt.reshape(count * rows, basis.size());
    }

    /** Writes the rows of block point {@code j} for the point loaded in {@code geo}. */
    void load(PointGeometry geo, int j) {
        for (int i = 0; i < n1; i++) {
            int b = i * stride;
            powRe[b] = 1;
            powIm[b] = 0;
            for (int e = 1; e < stride; e++) {
                double xr = geo.uRe(i);
                double xi = geo.uIm(i);
                powRe[b + e] = powRe[b + e - 1] * xr - powIm[b + e - 1] * xi;
                powIm[b + e] = powRe[b + e - 1] * xi + powIm[b + e - 1] * xr;
            }
        }
        for (int a = 0; a < d; a++) {
            ids[a] = geo.localCoordinate(a);
        }
        int e = geo.eliminated();
        ids[d] = e;
        derivatives(p, -1);
        double per = c1Re[d];
        double pei = c1Im[d];
        double inv = 1 / (per * per + pei * pei);
        double fr = -per * inv;   // −1/p_e
        double fi = pei * inv;
        for (int a = 0; a < d; a++) {
            rRe[a] = c1Re[a] * fr - c1Im[a] * fi;
            rIm[a] = c1Re[a] * fi + c1Im[a] * fr;
        }
        for (int a = 0; a < d; a++) {
            for (int b = 0; b < d; b++) {
                second(a, b);
                qRe[a * d + b] = tmp[0] * fr - tmp[1] * fi;
                qIm[a * d + b] = tmp[0] * fi + tmp[1] * fr;
            }
        }
        int nk = basis.size();
        int base = 2 * nk * j * rows;
        for (int alpha = 0; alpha < nk; alpha++) {
            derivatives(null, alpha);
            int col = base + 2 * alpha;
            dt.data[col] = valueRe;
            dt.data[col + 1] = valueIm;
            for (int a = 0; a < d; a++) {
                int at = col + 2 * nk * (1 + a);
                dt.data[at] = c1Re[a] + c1Re[d] * rRe[a] - c1Im[d] * rIm[a];
                dt.data[at + 1] = c1Im[a] + c1Re[d] * rIm[a] + c1Im[d] * rRe[a];
            }
            int row = 1 + d;
            for (int a = 0; a < d; a++) {
                for (int b = a; b < d; b++) {
                    second(a, b);
                    double re = tmp[0] + c1Re[d] * qRe[a * d + b] - c1Im[d] * qIm[a * d + b];
                    double im = tmp[1] + c1Re[d] * qIm[a * d + b] + c1Im[d] * qRe[a * d + b];
                    double f = a == b ? 0.5 : 1;
                    int at = col + 2 * nk * row;
                    dt.data[at] = f * re;
                    dt.data[at + 1] = f * im;
                    row++;
                }
            }
        }
    }

    /**
     * (∂_a∂_b along the chain rule without the q term) s_{,L_aL_b} + s_{,L_a e} r_b + s_{,L_b e} r_a + s_{,ee} r_a r_b
     * from the loaded second derivatives, into {@link #tmp}.
     */
    private void second(int a, int b) {
        int h = d + 1;
        double re = c2Re[a * h + b];
        double im = c2Im[a * h + b];
        re += c2Re[a * h + d] * rRe[b] - c2Im[a * h + d] * rIm[b];
        im += c2Re[a * h + d] * rIm[b] + c2Im[a * h + d] * rRe[b];
        re += c2Re[b * h + d] * rRe[a] - c2Im[b * h + d] * rIm[a];
        im += c2Re[b * h + d] * rIm[a] + c2Im[b * h + d] * rRe[a];
        double rr = rRe[a] * rRe[b] - rIm[a] * rIm[b];
        double ri = rRe[a] * rIm[b] + rIm[a] * rRe[b];
        re += c2Re[d * h + d] * rr - c2Im[d * h + d] * ri;
        im += c2Re[d * h + d] * ri + c2Im[d * h + d] * rr;
        tmp[0] = re;
        tmp[1] = im;
    }

    /**
     * Value, first and second homogeneous derivatives (in the coordinates {@link #ids}) at the loaded point of the
     * polynomial {@code poly} (when not null) or of section {@code alpha}.
     */
    private void derivatives(HomogeneousPolynomial poly, int alpha) {
        int h = d + 1;
        java.util.Arrays.fill(c1Re, 0);
        java.util.Arrays.fill(c1Im, 0);
        java.util.Arrays.fill(c2Re, 0);
        java.util.Arrays.fill(c2Im, 0);
        valueRe = 0;
        valueIm = 0;
        int terms = poly == null ? 1 : poly.terms();
        for (int m = 0; m < terms; m++) {
            int[] ex = poly == null ? basis.exponent(alpha) : poly.exponents(m);
            double cr = poly == null ? 1 : poly.coefficient(m).getReal();
            double ci = poly == null ? 0 : poly.coefficient(m).getImaginary();
            monomial(ex, -1, -1, cr, ci);
            valueRe += tmp[0];
            valueIm += tmp[1];
            for (int a = 0; a < h; a++) {
                monomial(ex, ids[a], -1, cr, ci);
                c1Re[a] += tmp[0];
                c1Im[a] += tmp[1];
                for (int b = a; b < h; b++) {
                    monomial(ex, ids[a], ids[b], cr, ci);
                    c2Re[a * h + b] += tmp[0];
                    c2Im[a * h + b] += tmp[1];
                    if (b != a) {
                        c2Re[b * h + a] += tmp[0];
                        c2Im[b * h + a] += tmp[1];
                    }
                }
            }
        }
    }

    /** c ∂_i∂_j z^ex at the loaded point (i, j = −1: no derivative) into {@link #tmp}. */
    private void monomial(int[] ex, int i, int j, double cr, double ci) {
        double factor = 1;
        int ei = i >= 0 ? ex[i] : 0;
        if (i >= 0) {
            factor *= ei;
        }
        if (j >= 0) {
            int ej = ex[j] - (j == i ? 1 : 0);
            factor *= ej;
        }
        if (factor == 0) {
            tmp[0] = 0;
            tmp[1] = 0;
            return;
        }
        double vr = cr * factor;
        double vi = ci * factor;
        for (int c = 0; c < n1; c++) {
            int power = ex[c] - (c == i ? 1 : 0) - (c == j ? 1 : 0);
            if (power == 0) {
                continue;
            }
            int idx = c * stride + power;
            double t = vr * powRe[idx] - vi * powIm[idx];
            vi = vr * powIm[idx] + vi * powRe[idx];
            vr = t;
        }
        tmp[0] = vr;
        tmp[1] = vi;
    }
}
