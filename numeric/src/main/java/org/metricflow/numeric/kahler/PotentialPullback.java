package org.metricflow.numeric.kahler;

import org.ejml.data.ZMatrixRMaj;
import org.ejml.dense.row.CommonOps_ZDRM;
import org.metricflow.numeric.metric.HermitianDeterminant;
import org.metricflow.numeric.sample.PointGeometry;

/**
 * The metric g = ∂∂̄K of Donaldson's potential K = (1/kπ) ln ψ, ψ = s^† H s, pulled back to X in a point's chart,
 * and the exact derivative of ln det g with respect to H. A per-thread workspace.
 *
 * <p>Input is the (n+2)×(n+2) Hermitian matrix M_{ab} = D_a^† H D_b of the section jet D (column 0: s, column
 * 1+i: ∂s/∂u_i, {@link MonomialBasis.Jet}), so that ψ = M_00, ∂_iψ = M_{0,1+i}, ∂̄_jψ = M_{1+j,0} and
 * ∂_i∂̄_jψ = M_{1+j,1+i}. Then, in the affine coordinates u (u_patch = 1),
 * <pre>  G_{ij̄} = ∂_i∂̄_j K = [M_{1+j,1+i}/ψ − M_{0,1+i} M_{1+j,0}/ψ²]/(kπ),   g_{ab̄} = Σ_{ij} J_{ai} G_{ij̄} conj(J_{bj})</pre>
 * with the pullback J_{ai} = δ_{i L_a} + r_a δ_{ie} of {@link PointGeometry} (docs/cy-metrics.md, "Ansatz"). For
 * k = 1 and H = 1, ψ = |u|² and g is the restricted Fubini–Study metric of {@link PointGeometry}.
 *
 * <p>Gradient: d ln det g = tr(g^{-1} dg) = Σ_{pq} P_{qp} dG_{pq} with P = J^H g^{-1} J, and dG is linear in dM;
 * {@link #gradient} returns C with d ln det g = Σ_{ab} C_{ab} dM_{ab} = tr(dH Σ_{ab} C_{ab} D_b D_a^†).
 */
public final class PotentialPullback {

    private final int d;
    private final int m;
    private final double scale;
    private final int[] idx;
    private final double[] gHat;
    private final double[] metric;
    private final ZMatrixRMaj g;
    private final ZMatrixRMaj gInv;
    private final HermitianDeterminant det;
    private final double[] rRe;
    private final double[] rIm;
    private double psi;
    private double detG;

    /**
     * @param dimension complex dimension d of X
     * @param k         degree of the sections (K = ln ψ/(kπ))
     */
    public PotentialPullback(int dimension, int k) {
        this.d = dimension;
        this.m = dimension + 3;
        this.scale = 1 / (k * Math.PI);
        this.idx = new int[d + 1];
        this.gHat = new double[2 * (d + 1) * (d + 1)];
        this.metric = new double[2 * d * d];
        this.g = new ZMatrixRMaj(d, d);
        this.gInv = new ZMatrixRMaj(d, d);
        this.det = new HermitianDeterminant(d);
        this.rRe = new double[d];
        this.rIm = new double[d];
    }

    /**
     * Computes g and det g from M (interleaved complex, row-major, (n+2)², at {@code mat[off ..]}) at the point
     * loaded in {@code geo}.
     *
     * @return whether g is positive definite (det g &gt; 0, finite)
     */
    public boolean load(double[] mat, int off, PointGeometry geo) {
        for (int a = 0; a < d; a++) {
            idx[a] = geo.localCoordinate(a);
            rRe[a] = geo.pullbackRe(a);
            rIm[a] = geo.pullbackIm(a);
        }
        idx[d] = geo.eliminated();
        psi = mat[off];
        int h = d + 1;
        for (int p = 0; p < h; p++) {
            int pp = 1 + idx[p];
            double ar = mat[off + 2 * pp];            // M_{0,p'}
            double ai = mat[off + 2 * pp + 1];
            for (int q = 0; q < h; q++) {
                int qq = 1 + idx[q];
                int mq0 = off + 2 * (qq * m);         // M_{q',0}
                int mqp = off + 2 * (qq * m + pp);    // M_{q',p'}
                double br = mat[mq0];
                double bi = mat[mq0 + 1];
                double re = mat[mqp] / psi - (ar * br - ai * bi) / (psi * psi);
                double im = mat[mqp + 1] / psi - (ar * bi + ai * br) / (psi * psi);
                gHat[2 * (p * h + q)] = scale * re;
                gHat[2 * (p * h + q) + 1] = scale * im;
            }
        }
        for (int a = 0; a < d; a++) {
            for (int b = 0; b < d; b++) {
                // g_ab = Ĝ_ab + r_a Ĝ_db + conj(r_b) Ĝ_ad + r_a conj(r_b) Ĝ_dd
                double re = gHat[2 * (a * h + b)];
                double im = gHat[2 * (a * h + b) + 1];
                double xr = gHat[2 * (d * h + b)];
                double xi = gHat[2 * (d * h + b) + 1];
                re += rRe[a] * xr - rIm[a] * xi;
                im += rRe[a] * xi + rIm[a] * xr;
                double yr = gHat[2 * (a * h + d)];
                double yi = gHat[2 * (a * h + d) + 1];
                re += rRe[b] * yr + rIm[b] * yi;
                im += rRe[b] * yi - rIm[b] * yr;
                double zr = gHat[2 * (d * h + d)];
                double zi = gHat[2 * (d * h + d) + 1];
                double cr = rRe[a] * rRe[b] + rIm[a] * rIm[b];   // r_a conj(r_b)
                double ci = rIm[a] * rRe[b] - rRe[a] * rIm[b];
                re += cr * zr - ci * zi;
                im += cr * zi + ci * zr;
                metric[2 * (a * d + b)] = re;
                metric[2 * (a * d + b) + 1] = im;
            }
        }
        for (int a = 0; a < d; a++) {
            metric[2 * (a * d + a) + 1] = 0;
        }
        detG = det.det(metric, 0);
        return detG > 0 && Double.isFinite(detG) && psi > 0;
    }

    /** det g of the loaded point. */
    public double det() {
        return detG;
    }

    /** Copies g_{ab̄} (2d² doubles, interleaved complex, row-major) into {@code out[off ..]}. */
    public void metric(double[] out, int off) {
        System.arraycopy(metric, 0, out, off, metric.length);
    }

    /**
     * Writes C ((n+2)² complex, interleaved, row-major, at {@code out[off ..]}) with d ln det g = Σ_{ab} C_{ab} dM_{ab}
     * for the loaded point and M (the same array as in {@link #load}).
     */
    public void gradient(double[] mat, int off, double[] out, int outOff) {
        java.util.Arrays.fill(out, outOff, outOff + 2 * m * m, 0);
        System.arraycopy(metric, 0, g.data, 0, metric.length);
        if (!CommonOps_ZDRM.invert(g, gInv)) {
            throw new IllegalStateException("the metric is singular at this point");
        }
        int h = d + 1;
        for (int p = 0; p < h; p++) {
            int pp = 1 + idx[p];
            for (int q = 0; q < h; q++) {
                int qq = 1 + idx[q];
                // P_qp = Σ_ab conj(J_bq) (g^{-1})_ba J_ap
                double pr = 0;
                double pi = 0;
                for (int a = 0; a < d; a++) {
                    double jar = p == d ? rRe[a] : (p == a ? 1 : 0);
                    double jai = p == d ? rIm[a] : 0;
                    if (jar == 0 && jai == 0) {
                        continue;
                    }
                    for (int b = 0; b < d; b++) {
                        double jbr = q == d ? rRe[b] : (q == b ? 1 : 0);
                        double jbi = q == d ? -rIm[b] : 0;      // conj(J_bq)
                        if (jbr == 0 && jbi == 0) {
                            continue;
                        }
                        double gr = gInv.data[2 * (b * d + a)];
                        double gi = gInv.data[2 * (b * d + a) + 1];
                        double tr = jbr * gr - jbi * gi;
                        double ti = jbr * gi + jbi * gr;
                        pr += tr * jar - ti * jai;
                        pi += tr * jai + ti * jar;
                    }
                }
                pr *= scale;
                pi *= scale;
                double m0pR = mat[off + 2 * pp];
                double m0pI = mat[off + 2 * pp + 1];
                double mq0R = mat[off + 2 * (qq * m)];
                double mq0I = mat[off + 2 * (qq * m) + 1];
                double mqpR = mat[off + 2 * (qq * m + pp)];
                double mqpI = mat[off + 2 * (qq * m + pp) + 1];
                // C_{q'p'} += P/ψ
                add(out, outOff + 2 * (qq * m + pp), pr / psi, pi / psi);
                // C_00 += P (−M_{q'p'}/ψ² + 2 M_{0p'} M_{q'0}/ψ³)
                double xr = -mqpR / (psi * psi) + 2 * (m0pR * mq0R - m0pI * mq0I) / (psi * psi * psi);
                double xi = -mqpI / (psi * psi) + 2 * (m0pR * mq0I + m0pI * mq0R) / (psi * psi * psi);
                add(out, outOff, pr * xr - pi * xi, pr * xi + pi * xr);
                // C_{0p'} += −P M_{q'0}/ψ²;  C_{q'0} += −P M_{0p'}/ψ²
                add(out, outOff + 2 * pp, -(pr * mq0R - pi * mq0I) / (psi * psi),
                        -(pr * mq0I + pi * mq0R) / (psi * psi));
                add(out, outOff + 2 * (qq * m), -(pr * m0pR - pi * m0pI) / (psi * psi),
                        -(pr * m0pI + pi * m0pR) / (psi * psi));
            }
        }
    }

    private static void add(double[] out, int at, double re, double im) {
        out[at] += re;
        out[at + 1] += im;
    }
}
