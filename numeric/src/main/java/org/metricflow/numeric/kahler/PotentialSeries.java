package org.metricflow.numeric.kahler;

import org.ejml.data.ZMatrixRMaj;
import org.ejml.dense.row.CommonOps_ZDRM;
import org.metricflow.numeric.metric.HermitianDeterminant;

/**
 * The Taylor series of a Kähler potential K = (1/kπ) ln ψ about a point, truncated at bidegree (2, 2) in (ξ, ξ̄),
 * and the curvature it determines there: g_{ab̄} = ∂_a∂̄_b K, det g and the scalar curvature
 * <pre>  R = g^{ab̄} R_{ab̄},   R_{ab̄} = −∂_a∂̄_b ln det g
 *     = −[tr(g^{-1} ∂_a∂̄_b g) − tr(g^{-1} ∂_a g g^{-1} ∂̄_b g)]</pre>
 * (positive on CP^n: the Fubini–Study metric (1/π)∂∂̄ ln|z|² has R = n(n+1)π; docs/cy-metrics.md, "Curvature"). A
 * per-thread workspace.
 *
 * <p>Monomials ξ^α of degree ≤ 2 are indexed 0 (1), 1+a (ξ_a), then the pairs a ≤ b (a outer); the series is the
 * (size × size) complex array of coefficients c_{αβ} of ξ^α ξ̄^β. Truncating at bidegree (2, 2) is exact for the
 * coefficients kept (monomials of higher bidegree form an ideal), so ln ψ = ln ψ₀ + t − t²/2 + t³/3 − t⁴/4 with
 * t = ψ/ψ₀ − 1 (t⁵ has no term of bidegree ≤ (2, 2)). Derivatives: ∂^α∂̄^β K = α! β! c_{αβ}.
 */
final class PotentialSeries {

    private final int d;
    private final int size;
    private final int[] pairs;
    private final int[] pairIndex;
    private final double[] t;
    private final double[] t2;
    private final double[] t3;
    private final double[] t4;
    private final double[] c;
    private final double[] gm;
    private final ZMatrixRMaj g;
    private final ZMatrixRMaj gInv;
    private final double[] gi;
    private final double[] a1;
    private final double[] a2;
    private final HermitianDeterminant det;
    private final PositiveDefinite positive;
    private double detG;
    private double scalar;

    /** @param d complex dimension */
    PotentialSeries(int d) {
        this.d = d;
        this.size = size(d);
        this.pairIndex = new int[d * d];
        int idx = 1 + d;
        for (int a = 0; a < d; a++) {
            for (int b = a; b < d; b++) {
                pairIndex[a * d + b] = idx;
                pairIndex[b * d + a] = idx;
                idx++;
            }
        }
        // (i, j, i·j) for every product of two monomials of degree ≤ 2 that stays of degree ≤ 2
        java.util.List<int[]> list = new java.util.ArrayList<>();
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < size; j++) {
                int prod = product(i, j);
                if (prod >= 0) {
                    list.add(new int[] {i, j, prod});
                }
            }
        }
        this.pairs = new int[3 * list.size()];
        for (int p = 0; p < list.size(); p++) {
            System.arraycopy(list.get(p), 0, pairs, 3 * p, 3);
        }
        int s2 = 2 * size * size;
        this.t = new double[s2];
        this.t2 = new double[s2];
        this.t3 = new double[s2];
        this.t4 = new double[s2];
        this.c = new double[s2];
        this.gm = new double[2 * d * d];
        this.g = new ZMatrixRMaj(d, d);
        this.gInv = new ZMatrixRMaj(d, d);
        this.gi = new double[2 * d * d];
        this.a1 = new double[2 * d * d];
        this.a2 = new double[2 * d * d];
        this.det = new HermitianDeterminant(d);
        this.positive = new PositiveDefinite(d);
    }

    /** Number 1 + d + d(d+1)/2 of monomials of degree ≤ 2 in d variables. */
    static int size(int d) {
        return 1 + d + d * (d + 1) / 2;
    }

    private int degree(int i) {
        return i == 0 ? 0 : i <= d ? 1 : 2;
    }

    /** Index of monomial i·j, or −1 when its degree exceeds 2. */
    private int product(int i, int j) {
        if (degree(i) + degree(j) > 2) {
            return -1;
        }
        if (i == 0) {
            return j;
        }
        if (j == 0) {
            return i;
        }
        return pairIndex[(i - 1) * d + (j - 1)];
    }

    /**
     * Sets the coefficients of K = scale·ln ψ from the Gram matrix M_{βα} = S_β^† H S_α of the local section jets
     * ({@link LocalSectionJets}; the coefficient of ξ^α ξ̄^β in ψ is M_{βα}), interleaved complex at
     * {@code m[off ..]}, scale = 1/(kπ); {@link #add} may add further potentials before {@link #curvature}.
     *
     * @return whether ψ₀ &gt; 0
     */
    boolean potential(double[] m, int off, double scale) {
        double psi0 = m[off];
        if (!(psi0 > 0)) {
            detG = Double.NaN;
            scalar = Double.NaN;
            return false;
        }
        for (int al = 0; al < size; al++) {
            for (int be = 0; be < size; be++) {
                int src = off + 2 * (be * size + al);
                t[2 * (al * size + be)] = m[src] / psi0;
                t[2 * (al * size + be) + 1] = m[src + 1] / psi0;
            }
        }
        powers();
        for (int i = 0; i < c.length; i++) {
            c[i] = scale * (t[i] - t2[i] / 2 + t3[i] / 3 - t4[i] / 4);
        }
        return true;
    }

    /** Adds the series of a further potential (same layout, {@link #length()} doubles at {@code x[off ..]}). */
    void add(double[] x, int off) {
        for (int i = 0; i < c.length; i++) {
            c[i] += x[off + i];
        }
    }

    /** t², t³, t⁴ of the series t with its constant term set to 0. */
    private void powers() {
        t[0] = 0;
        t[1] = 0;
        multiply(t, 0, t, 0, t2, 0);
        multiply(t2, 0, t, 0, t3, 0);
        multiply(t3, 0, t, 0, t4, 0);
    }

    /** Doubles of one series: 2·size². */
    int length() {
        return c.length;
    }

    /**
     * out = f(z) truncated at bidegree (2, 2) for the series z at {@code z[zo ..]} (z₀ real) and
     * {@code f[0..4]} = f(z₀), f′(z₀), …, f⁗(z₀): Σ_{n ≤ 4} f⁽ⁿ⁾(z₀) (z − z₀)ⁿ/n! (exact: (z − z₀)⁵ has no term of
     * bidegree ≤ (2, 2)).
     */
    void compose(double[] z, int zo, double[] f, double[] out, int oo) {
        System.arraycopy(z, zo, t, 0, c.length);
        powers();
        for (int i = 0; i < c.length; i++) {
            out[oo + i] = f[1] * t[i] + f[2] / 2 * t2[i] + f[3] / 6 * t3[i] + f[4] / 24 * t4[i];
        }
        out[oo] += f[0];
    }

    /**
     * The metric, det g and R = −g^{pq̄}∂_p∂̄_q ln det g from the loaded coefficients (∂^α∂̄^β K = α!β! c_{αβ}).
     *
     * @return whether g is positive definite (Sylvester's criterion) and R finite
     */
    boolean curvature() {
        for (int a = 0; a < d; a++) {
            for (int b = 0; b < d; b++) {
                gm[2 * (a * d + b)] = re(1 + a, 1 + b);
                gm[2 * (a * d + b) + 1] = a == b ? 0 : im(1 + a, 1 + b);
            }
        }
        detG = det.det(gm, 0);
        if (!(detG > 0) || !Double.isFinite(detG) || !positive.test(gm, 0)) {
            scalar = Double.NaN;
            return false;
        }
        System.arraycopy(gm, 0, g.data, 0, gm.length);
        if (!CommonOps_ZDRM.invert(g, gInv)) {
            scalar = Double.NaN;
            return false;
        }
        System.arraycopy(gInv.data, 0, gi, 0, gi.length);
        double r = 0;
        for (int p = 0; p < d; p++) {
            for (int q = 0; q < d; q++) {
                // ∂_p∂̄_q ln det g = tr(G⁻¹ ∂_p∂̄_q G) − tr(G⁻¹ ∂_p G G⁻¹ ∂̄_q G)
                double sr = 0;
                double si = 0;
                for (int a = 0; a < d; a++) {
                    for (int b = 0; b < d; b++) {
                        double f = (a == p ? 2 : 1) * (b == q ? 2 : 1);
                        int al = pairIndex[a * d + p];
                        int be = pairIndex[b * d + q];
                        double xr = f * re(al, be);
                        double xi = f * im(al, be);
                        double yr = gi[2 * (b * d + a)];
                        double yi = gi[2 * (b * d + a) + 1];
                        sr += yr * xr - yi * xi;
                        si += yr * xi + yi * xr;
                    }
                }
                // A1_{ab} = Σ_c G⁻¹_{ac} ∂_p G_{cb},  A2_{ab} = Σ_c G⁻¹_{ac} ∂̄_q G_{cb}
                for (int a = 0; a < d; a++) {
                    for (int b = 0; b < d; b++) {
                        double r1 = 0;
                        double i1 = 0;
                        double r2 = 0;
                        double i2 = 0;
                        for (int cc = 0; cc < d; cc++) {
                            double yr = gi[2 * (a * d + cc)];
                            double yi = gi[2 * (a * d + cc) + 1];
                            double f1 = cc == p ? 2 : 1;   // ∂_p G_{cb} = (1+δ_cp) c[(c,p)][b]
                            double pr = f1 * re(pairIndex[cc * d + p], 1 + b);
                            double pi = f1 * im(pairIndex[cc * d + p], 1 + b);
                            double f2 = b == q ? 2 : 1;    // ∂̄_q G_{cb} = (1+δ_bq) c[c][(b,q)]
                            double qr = f2 * re(1 + cc, pairIndex[b * d + q]);
                            double qi = f2 * im(1 + cc, pairIndex[b * d + q]);
                            r1 += yr * pr - yi * pi;
                            i1 += yr * pi + yi * pr;
                            r2 += yr * qr - yi * qi;
                            i2 += yr * qi + yi * qr;
                        }
                        a1[2 * (a * d + b)] = r1;
                        a1[2 * (a * d + b) + 1] = i1;
                        a2[2 * (a * d + b)] = r2;
                        a2[2 * (a * d + b) + 1] = i2;
                    }
                }
                for (int a = 0; a < d; a++) {
                    for (int b = 0; b < d; b++) {
                        double xr = a1[2 * (a * d + b)];
                        double xi = a1[2 * (a * d + b) + 1];
                        double yr = a2[2 * (b * d + a)];
                        double yi = a2[2 * (b * d + a) + 1];
                        sr -= xr * yr - xi * yi;
                        si -= xr * yi + xi * yr;
                    }
                }
                // R = g^{pq̄} R_{pq̄} = −Σ_{pq} G⁻¹_{qp} ∂_p∂̄_q ln det g
                double wr = gi[2 * (q * d + p)];
                double wi = gi[2 * (q * d + p) + 1];
                r -= wr * sr - wi * si;
            }
        }
        scalar = r;
        return Double.isFinite(r);
    }

    private double re(int al, int be) {
        return c[2 * (al * size + be)];
    }

    private double im(int al, int be) {
        return c[2 * (al * size + be) + 1];
    }

    /** out = x·y truncated at bidegree (2, 2) (series at offsets xo, yo, oo). */
    void multiply(double[] x, int xo, double[] y, int yo, double[] out, int oo) {
        java.util.Arrays.fill(out, oo, oo + c.length, 0);
        int np = pairs.length / 3;
        for (int u = 0; u < np; u++) {
            int a1i = pairs[3 * u];
            int a2i = pairs[3 * u + 1];
            int ap = pairs[3 * u + 2];
            for (int v = 0; v < np; v++) {
                int b1 = pairs[3 * v];
                int b2 = pairs[3 * v + 1];
                int bp = pairs[3 * v + 2];
                int xi = xo + 2 * (a1i * size + b1);
                int yi = yo + 2 * (a2i * size + b2);
                double xr = x[xi];
                double xim = x[xi + 1];
                if (xr == 0 && xim == 0) {
                    continue;
                }
                double yr = y[yi];
                double yim = y[yi + 1];
                int o = oo + 2 * (ap * size + bp);
                out[o] += xr * yr - xim * yim;
                out[o + 1] += xr * yim + xim * yr;
            }
        }
    }

    /** det g at the loaded point (NaN when ψ ≤ 0). */
    double det() {
        return detG;
    }

    /** R at the loaded point. */
    double scalar() {
        return scalar;
    }
}
