package org.metricflow.numeric.kahler;

import org.metricflow.numeric.sample.PointGeometry;

/**
 * The scale- and phase-invariant features of a point z ∈ C^{n+1} \ 0: the real and imaginary parts of the
 * Hermitian projector F_kl = z_k z̄_l/|z|² (Re F_kk for every k; Re F_kl and Im F_kl for k &lt; l: (n+1)² real
 * numbers, the standard embedding of P^n into Hermitian matrices, so any smooth function of them is a function on
 * P^n and its ∂∂̄ is a global (1,1)-form), with their exact jets along d complex tangent vectors. A per-thread
 * workspace.
 *
 * <p>Along tangent vectors J_a (rows, ∂u/∂x_a of a holomorphic map x ↦ u), with N = |u|², t_a = Σ_i J_ai ū_i and
 * (JJ^H)_ab = Σ_i J_ai conj(J_bi):
 * <pre>  ∂_a F_kl = (J_ak ū_l − F_kl t_a)/N
 *   ∂_a∂̄_b F_kl = [J_ak conj(J_bl) − J_ak ū_l conj(t_b)/N − u_k conj(J_bl) t_a/N − u_k ū_l (JJ^H)_ab/N
 *                  + 2 u_k ū_l t_a conj(t_b)/N²]/N</pre>
 * (the chain rule holds with J evaluated at the point because u(x) is holomorphic). On X in a chart, J is the
 * pullback of {@link PointGeometry}: J_ai = δ_{i L_a} + r_a δ_{ie}. Output per feature: {@link #components()} =
 * 1 + 2d + 2d² doubles [value, ∂_a (complex, interleaved), ∂_a∂̄_b (complex, row-major)].
 */
public final class ProjectorFeatures {

    private final int n1;
    private final int d;
    private final int comps;
    private final double[] uRe;
    private final double[] uIm;
    private final double[] jRe;
    private final double[] jIm;
    private final double[] fRe;
    private final double[] fIm;
    private final double[] dRe;
    private final double[] dIm;
    private final double[] hRe;
    private final double[] hIm;
    private final double[] tRe;
    private final double[] tIm;
    private final double[] gRe;
    private final double[] gIm;

    /**
     * @param coordinates n + 1
     * @param dimension   number d of tangent directions
     */
    public ProjectorFeatures(int coordinates, int dimension) {
        this.n1 = coordinates;
        this.d = dimension;
        this.comps = 1 + 2 * d + 2 * d * d;
        this.uRe = new double[n1];
        this.uIm = new double[n1];
        this.jRe = new double[d * n1];
        this.jIm = new double[d * n1];
        this.fRe = new double[n1 * n1];
        this.fIm = new double[n1 * n1];
        this.dRe = new double[n1 * n1 * d];
        this.dIm = new double[n1 * n1 * d];
        this.hRe = new double[n1 * n1 * d * d];
        this.hIm = new double[n1 * n1 * d * d];
        this.tRe = new double[d];
        this.tIm = new double[d];
        this.gRe = new double[d * d];
        this.gIm = new double[d * d];
    }

    /** Number (n+1)² of real features. */
    public static int count(int coordinates) {
        return coordinates * coordinates;
    }

    /** Doubles per feature: 1 + 2d + 2d². */
    public int components() {
        return comps;
    }

    /**
     * Writes the feature jets of the point loaded in {@code geo} along its d local coordinates: feature f's
     * component c at {@code out[off + f·stride + c]}.
     */
    public void load(PointGeometry geo, double[] out, int off, int stride) {
        java.util.Arrays.fill(jRe, 0);
        java.util.Arrays.fill(jIm, 0);
        int e = geo.eliminated();
        for (int a = 0; a < d; a++) {
            jRe[a * n1 + geo.localCoordinate(a)] = 1;
            jRe[a * n1 + e] = geo.pullbackRe(a);
            jIm[a * n1 + e] = geo.pullbackIm(a);
        }
        for (int i = 0; i < n1; i++) {
            uRe[i] = geo.uRe(i);
            uIm[i] = geo.uIm(i);
        }
        compute(out, off, stride);
    }

    /**
     * Feature jets at u along the rows of J (d × (n+1), separate real and imaginary arrays, row-major): the ambient
     * form of {@link #load}, for any holomorphic x ↦ u with ∂u/∂x_a = J_a.
     */
    public void evaluate(double[] u, double[] tangentRe, double[] tangentIm, double[] out, int off, int stride) {
        System.arraycopy(u, 0, uRe, 0, n1);
        System.arraycopy(u, n1, uIm, 0, n1);
        System.arraycopy(tangentRe, 0, jRe, 0, d * n1);
        System.arraycopy(tangentIm, 0, jIm, 0, d * n1);
        compute(out, off, stride);
    }

    private void compute(double[] out, int off, int stride) {
        double n = 0;
        for (int i = 0; i < n1; i++) {
            n += uRe[i] * uRe[i] + uIm[i] * uIm[i];
        }
        java.util.Arrays.fill(tRe, 0);
        java.util.Arrays.fill(tIm, 0);
        java.util.Arrays.fill(gRe, 0);
        java.util.Arrays.fill(gIm, 0);
        for (int a = 0; a < d; a++) {
            for (int i = 0; i < n1; i++) {   // t_a = Σ J_ai ū_i
                tRe[a] += jRe[a * n1 + i] * uRe[i] + jIm[a * n1 + i] * uIm[i];
                tIm[a] += jIm[a * n1 + i] * uRe[i] - jRe[a * n1 + i] * uIm[i];
            }
            for (int b = 0; b < d; b++) {
                for (int i = 0; i < n1; i++) {   // (JJ^H)_ab = Σ J_ai conj(J_bi)
                    gRe[a * d + b] += jRe[a * n1 + i] * jRe[b * n1 + i] + jIm[a * n1 + i] * jIm[b * n1 + i];
                    gIm[a * d + b] += jIm[a * n1 + i] * jRe[b * n1 + i] - jRe[a * n1 + i] * jIm[b * n1 + i];
                }
            }
        }
        for (int k = 0; k < n1; k++) {
            for (int l = 0; l < n1; l++) {
                // w = u_k ū_l
                double wr = uRe[k] * uRe[l] + uIm[k] * uIm[l];
                double wi = uIm[k] * uRe[l] - uRe[k] * uIm[l];
                int kl = k * n1 + l;
                fRe[kl] = wr / n;
                fIm[kl] = wi / n;
                for (int a = 0; a < d; a++) {
                    // (J_ak ū_l − F_kl t_a)/N
                    double ar = jRe[a * n1 + k] * uRe[l] + jIm[a * n1 + k] * uIm[l];
                    double ai = jIm[a * n1 + k] * uRe[l] - jRe[a * n1 + k] * uIm[l];
                    ar -= fRe[kl] * tRe[a] - fIm[kl] * tIm[a];
                    ai -= fRe[kl] * tIm[a] + fIm[kl] * tRe[a];
                    dRe[kl * d + a] = ar / n;
                    dIm[kl * d + a] = ai / n;
                }
                for (int a = 0; a < d; a++) {
                    double jkr = jRe[a * n1 + k];
                    double jki = jIm[a * n1 + k];
                    for (int b = 0; b < d; b++) {
                        double jlr = jRe[b * n1 + l];
                        double jli = -jIm[b * n1 + l];   // conj(J_bl)
                        double tbr = tRe[b];
                        double tbi = -tIm[b];             // conj(t_b)
                        // J_ak conj(J_bl)
                        double re = jkr * jlr - jki * jli;
                        double im = jkr * jli + jki * jlr;
                        // − J_ak ū_l conj(t_b)/N
                        double xr = jkr * uRe[l] + jki * uIm[l];
                        double xi = jki * uRe[l] - jkr * uIm[l];
                        re -= (xr * tbr - xi * tbi) / n;
                        im -= (xr * tbi + xi * tbr) / n;
                        // − u_k conj(J_bl) t_a/N
                        double yr = uRe[k] * jlr - uIm[k] * jli;
                        double yi = uRe[k] * jli + uIm[k] * jlr;
                        re -= (yr * tRe[a] - yi * tIm[a]) / n;
                        im -= (yr * tIm[a] + yi * tRe[a]) / n;
                        // − w (JJ^H)_ab/N + 2 w t_a conj(t_b)/N²
                        double sr = tRe[a] * tbr - tIm[a] * tbi;
                        double si = tRe[a] * tbi + tIm[a] * tbr;
                        double cr = -gRe[a * d + b] / n + 2 * sr / (n * n);
                        double ci = -gIm[a * d + b] / n + 2 * si / (n * n);
                        re += wr * cr - wi * ci;
                        im += wr * ci + wi * cr;
                        hRe[(kl * d + a) * d + b] = re / n;
                        hIm[(kl * d + a) * d + b] = im / n;
                    }
                }
            }
        }
        int f = 0;
        for (int k = 0; k < n1; k++) {
            for (int l = k; l < n1; l++) {
                // Re F_kl = (F_kl + F_lk)/2, Im F_kl = −i(F_kl − F_lk)/2, applied to every jet component
                write(k, l, 1, out, off + f++ * stride);
                if (l > k) {
                    write(k, l, -1, out, off + f++ * stride);
                }
            }
        }
    }

    /** sign +1: jets of (F_kl + F_lk)/2; −1: of −i(F_kl − F_lk)/2. */
    private void write(int k, int l, int sign, double[] out, int at) {
        int kl = k * n1 + l;
        int lk = l * n1 + k;
        out[at] = sign > 0 ? fRe[kl] : fIm[kl];
        for (int a = 0; a < d; a++) {
            put(out, at + 1 + 2 * a, dRe[kl * d + a], dIm[kl * d + a], dRe[lk * d + a], dIm[lk * d + a], sign);
        }
        for (int ab = 0; ab < d * d; ab++) {
            put(out, at + 1 + 2 * d + 2 * ab, hRe[kl * d * d + ab], hIm[kl * d * d + ab], hRe[lk * d * d + ab],
                    hIm[lk * d * d + ab], sign);
        }
    }

    private static void put(double[] out, int at, double pr, double pi, double qr, double qi, int sign) {
        if (sign > 0) {
            out[at] = (pr + qr) / 2;
            out[at + 1] = (pi + qi) / 2;
        } else {   // −i(p − q)/2
            out[at] = (pi - qi) / 2;
            out[at + 1] = -(pr - qr) / 2;
        }
    }
}
