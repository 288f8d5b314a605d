package org.metricflow.numeric.sample;

import org.metricflow.numeric.manifold.Chart;
import org.metricflow.numeric.manifold.PolynomialEvaluator;
import org.metricflow.numeric.manifold.ProjectiveHypersurface;

/**
 * Local geometry of a hypersurface X at one point: the chart, the holomorphic top form Ω and the Fubini–Study
 * metric pulled back to X. A mutable per-thread workspace (no allocation in {@link #load}).
 *
 * <p>Conventions (docs/conventions.md, "Calabi–Yau conventions"):
 * <ul>
 * <li>Chart (p, e): u = z/z_p (so u_p = 1); local coordinates x_a = u_{L_a}, L = indices ∉ {p, e} ascending
 *     ({@link Chart#localCoordinates}). The automatic chart takes p = argmax|z_i| and e = argmax_{j≠p}|∂p/∂z_j|
 *     (cymetric's rule; then |∂x-derivatives| ≤ 1).</li>
 * <li>Ω = f dx_1∧…∧dx_d with f = s/(∂p/∂z_e)(u), s = {@link Chart#omegaSign()} (residue formula).</li>
 * <li>Pullback J_{ai} = ∂u_i/∂x_a = δ_{i L_a} + r_a δ_{ie}, r_a = −∂_{L_a}p/∂_e p.</li>
 * <li>g_{ab̄} = Σ_{ij} J_{ai} G_{ij̄} conj(J_{bj}), G_{ij̄} = ∂_i∂̄_j (1/π) ln|u|² = (δ_ij/|u|² − ū_i u_j/|u|⁴)/π
 *     (cymetric's normalisation: J = (i/2) g dx∧dx̄ is the hyperplane class, ∫_X J^d = deg X); closed form
 *     g = [(δ_ab + r_a r̄_b)/|u|² − v_a v̄_b/|u|⁴]/π with v_a = ū_{L_a} + r_a ū_e.</li>
 * <li>det g = |∇p(u)|² / (π^d |∂_e p(u)|² |u|^{2(d+1)}) in closed form: g is the Gram matrix of the tangent
 *     vectors projected orthogonally to u, so det g = det(J J^H)(1 − |P_T û|²)/(π|u|²)^d with det(J J^H) =
 *     Σ_{i≠p}|∂_i p|²/|∂_e p|² and, by Euler's relation Σ u_i ∂_i p = 0, 1 − |P_T û|² = (1 + |∂_p p|²/Σ_{i≠p}|∂_i p|²)/|u|².
 *     No cancellation, accurate in any chart.</li>
 * <li>weight w = |f|²/det g = dμ_Ω/dvol_FS = π^d |u|^{2(d+1)}/|∇p(u)|² (chart independent for deg = n+1),
 *     μ_Ω = |f|² d^{2d}x, dvol_FS = det g d^{2d}x.</li>
 * </ul>
 */
public final class PointGeometry {

    private final int n1;
    private final int d;
    private final PolynomialEvaluator eval;
    private final double piPowD;
    private final double[] uRe;
    private final double[] uIm;
    private final int[] local;
    private final double[] rRe;
    private final double[] rIm;
    private final double[] vRe;
    private final double[] vIm;
    private final double[] metric;
    private int patch;
    private int eliminated;
    private double omegaRe;
    private double omegaIm;
    private double det;
    private double norm2;
    private double residual;
    private double gradientRatio;

    public PointGeometry(ProjectiveHypersurface x) {
        this.n1 = x.coordinates();
        this.d = x.dimension();
        this.eval = x.polynomial().evaluator();
        this.piPowD = Math.pow(Math.PI, d);
        this.uRe = new double[n1];
        this.uIm = new double[n1];
        this.local = new int[d];
        this.rRe = new double[d];
        this.rIm = new double[d];
        this.vRe = new double[d];
        this.vIm = new double[d];
        this.metric = new double[2 * d * d];
    }

    /**
     * Loads the point z stored at {@code z[off ..]} as [Re z_0..Re z_n, Im z_0..Im z_n] (any scaling) in its
     * automatic chart.
     *
     * @return whether Ω and g are finite and det g &gt; 0
     */
    public boolean load(double[] z, int off) {
        int p = 0;
        double best = -1;
        for (int i = 0; i < n1; i++) {
            double a = z[off + i] * z[off + i] + z[off + n1 + i] * z[off + n1 + i];
            if (a > best) {
                best = a;
                p = i;
            }
        }
        toPatch(z, off, p);
        int e = -1;
        double g = -1;
        for (int j = 0; j < n1; j++) {
            if (j == p) {
                continue;
            }
            double a = eval.gradRe(j) * eval.gradRe(j) + eval.gradIm(j) * eval.gradIm(j);
            if (a > g) {
                g = a;
                e = j;
            }
        }
        return finish(e);
    }

    /** Loads the point in the given chart (which may be badly conditioned there). */
    public boolean load(double[] z, int off, Chart chart) {
        chart.requireFits(n1);
        toPatch(z, off, chart.patch());
        return finish(chart.eliminated());
    }

    private void toPatch(double[] z, int off, int p) {
        patch = p;
        double pr = z[off + p];
        double pi = z[off + n1 + p];
        double inv = 1 / (pr * pr + pi * pi);
        double qr = pr * inv;   // 1/z_p = conj(z_p)/|z_p|²
        double qi = -pi * inv;
        double n2 = 0;
        for (int i = 0; i < n1; i++) {
            double ar = z[off + i];
            double ai = z[off + n1 + i];
            uRe[i] = ar * qr - ai * qi;
            uIm[i] = ar * qi + ai * qr;
        }
        uRe[p] = 1;
        uIm[p] = 0;
        for (int i = 0; i < n1; i++) {
            n2 += uRe[i] * uRe[i] + uIm[i] * uIm[i];
        }
        norm2 = n2;
        eval.evaluate(uRe, uIm, 0);
        double vr = eval.valueRe();
        double vi = eval.valueIm();
        residual = Math.sqrt(vr * vr + vi * vi) / eval.coefficientNorm();
    }

    private boolean finish(int e) {
        eliminated = e;
        double maxGrad2 = 0;
        for (int j = 0; j < n1; j++) {
            maxGrad2 = Math.max(maxGrad2, eval.gradRe(j) * eval.gradRe(j) + eval.gradIm(j) * eval.gradIm(j));
        }
        gradientRatio = Math.sqrt(maxGrad2) / eval.coefficientNorm();
        double grad2 = 0;
        for (int j = 0; j < n1; j++) {
            grad2 += eval.gradRe(j) * eval.gradRe(j) + eval.gradIm(j) * eval.gradIm(j);
        }
        double gr = eval.gradRe(e);
        double gi = eval.gradIm(e);
        double inv = 1 / (gr * gr + gi * gi);
        double fr = gr * inv;   // 1/∂_e p
        double fi = -gi * inv;
        int sign = Chart.omegaSign(patch, e);
        omegaRe = sign * fr;
        omegaIm = sign * fi;
        int k = 0;
        for (int i = 0; i < n1; i++) {
            if (i != patch && i != e) {
                local[k++] = i;
            }
        }
        double ueR = uRe[e];
        double ueI = -uIm[e];   // conj(u_e)
        for (int a = 0; a < d; a++) {
            int i = local[a];
            double ar = -eval.gradRe(i);
            double ai = -eval.gradIm(i);
            double rr = ar * fr - ai * fi;
            double ri = ar * fi + ai * fr;
            rRe[a] = rr;
            rIm[a] = ri;
            vRe[a] = uRe[i] + rr * ueR - ri * ueI;
            vIm[a] = -uIm[i] + rr * ueI + ri * ueR;
        }
        double s1 = 1 / (Math.PI * norm2);
        double s2 = s1 / norm2;
        for (int a = 0; a < d; a++) {
            for (int b = a; b < d; b++) {
                // (δ_ab + r_a conj(r_b))/|u|² − v_a conj(v_b)/|u|⁴, over π
                double rr = rRe[a] * rRe[b] + rIm[a] * rIm[b];
                double ri = rIm[a] * rRe[b] - rRe[a] * rIm[b];
                double vr = vRe[a] * vRe[b] + vIm[a] * vIm[b];
                double vi = vIm[a] * vRe[b] - vRe[a] * vIm[b];
                double re = ((a == b ? 1 : 0) + rr) * s1 - vr * s2;
                double im = ri * s1 - vi * s2;
                int ab = 2 * (a * d + b);
                int ba = 2 * (b * d + a);
                metric[ab] = re;
                metric[ab + 1] = a == b ? 0 : im;
                metric[ba] = re;
                metric[ba + 1] = a == b ? 0 : -im;
            }
        }
        // det g = |∇p|² / (π^d |∂_e p|² |u|^{2(d+1)}): exact, free of cancellation in every chart (docs/conventions.md)
        det = grad2 * inv / (piPowD * Math.pow(norm2, d + 1));
        double w = weight();
        return det > 0 && Double.isFinite(w) && w > 0;
    }

    /** Patch index p of the loaded chart. */
    public int patch() {
        return patch;
    }

    /** Eliminated coordinate e of the loaded chart. */
    public int eliminated() {
        return eliminated;
    }

    /** The loaded chart. */
    public Chart chart() {
        return new Chart(patch, eliminated);
    }

    /** Re f, Ω = f dx_1∧…∧dx_d. */
    public double omegaRe() {
        return omegaRe;
    }

    /** Im f. */
    public double omegaIm() {
        return omegaIm;
    }

    /** |f|². */
    public double omegaAbs2() {
        return omegaRe * omegaRe + omegaIm * omegaIm;
    }

    /** det g_{ab̄} of the pulled-back FS metric in the loaded chart. */
    public double det() {
        return det;
    }

    /** w = |f|²/det g = dμ_Ω/dvol_FS. */
    public double weight() {
        return omegaAbs2() / det;
    }

    /** |p(u)| / ‖c‖₁ at the patch-normalised point (max|u_i| = 1 in the automatic chart). */
    public double residual() {
        return residual;
    }

    /** max_j |∂_j p(u)| / ‖c‖₁: zero at singular points of X (≥ 1 for the Fermat hypersurfaces). */
    public double gradientRatio() {
        return gradientRatio;
    }

    /** |u|² of the patch-normalised point. */
    public double norm2() {
        return norm2;
    }

    /** Copies g_{ab̄} (2d² doubles, interleaved complex, row-major) into {@code out[off ..]}. */
    public void metric(double[] out, int off) {
        System.arraycopy(metric, 0, out, off, metric.length);
    }

    /** Copies the patch-normalised point u (layout [Re..., Im...], 2(n+1) doubles) into {@code out[off ..]}. */
    public void affinePoint(double[] out, int off) {
        System.arraycopy(uRe, 0, out, off, n1);
        System.arraycopy(uIm, 0, out, off + n1, n1);
    }

    /** Re u_i of the patch-normalised point. */
    public double uRe(int i) {
        return uRe[i];
    }

    /** Im u_i of the patch-normalised point. */
    public double uIm(int i) {
        return uIm[i];
    }

    /** Re r_a = Re(−∂_{L_a}p/∂_e p): J_{a e}, the only non-trivial pullback entry of row a. */
    public double pullbackRe(int a) {
        return rRe[a];
    }

    /** Im r_a. */
    public double pullbackIm(int a) {
        return rIm[a];
    }

    /** Homogeneous index L_a of local coordinate a (0-based). */
    public int localCoordinate(int a) {
        return local[a];
    }
}
