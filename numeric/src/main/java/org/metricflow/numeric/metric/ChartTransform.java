package org.metricflow.numeric.metric;

import org.ejml.data.ZMatrixRMaj;
import org.ejml.dense.row.CommonOps_ZDRM;
import org.metricflow.numeric.manifold.Chart;
import org.metricflow.numeric.sample.PointGeometry;

/**
 * Changes of chart for tensors on a hypersurface X. For a point loaded in its own chart (local coordinates x) and
 * a target chart (coordinates x'), the Jacobian T_{ab} = ∂x'_b/∂x_a (d×d complex) relates a Hermitian (1,1)
 * tensor (a metric g_{ab̄}, a metric update δg) in the two charts by
 * <pre>  g_own = T g_target T^H,   g_target = T^{-1} g_own T^{-H},   f_own = f_target · det T  (Ω = f dx).</pre>
 * Derivation: x'_b = u_{L'_b}/u_{p'} with u the own-patch point and ∂u_i/∂x_a = J_{ai} (see {@link PointGeometry}),
 * so T_{ab} = (J_{a L'_b} − (u_{L'_b}/u_{p'}) J_{a p'})/u_{p'}. All matrices interleaved complex, row-major, 2d²
 * doubles. A workspace: one instance per thread.
 */
public final class ChartTransform {

    private final int d;
    private final ZMatrixRMaj t;
    private final ZMatrixRMaj tInv;
    private final ZMatrixRMaj g;
    private final ZMatrixRMaj tmp;
    private final ZMatrixRMaj out;

    public ChartTransform(int dimension) {
        if (dimension < 1) {
            throw new IllegalArgumentException("dimension must be >= 1, got " + dimension);
        }
        this.d = dimension;
        this.t = new ZMatrixRMaj(d, d);
        this.tInv = new ZMatrixRMaj(d, d);
        this.g = new ZMatrixRMaj(d, d);
        this.tmp = new ZMatrixRMaj(d, d);
        this.out = new ZMatrixRMaj(d, d);
    }

    /**
     * T = ∂x_target/∂x_own at the point loaded in {@code own} (in its own chart).
     *
     * @return false when the target patch coordinate vanishes at the point (the target chart does not contain it)
     */
    public boolean jacobian(PointGeometry own, Chart target, double[] dst, int off) {
        int p2 = target.patch();
        int e = own.eliminated();
        double ur = own.uRe(p2);
        double ui = own.uIm(p2);
        double u2 = ur * ur + ui * ui;
        if (!(u2 > 0)) {
            return false;
        }
        double ir = ur / u2;   // 1/u_{p'}
        double ii = -ui / u2;
        int n1 = d + 2;
        int b = 0;
        for (int i = 0; i < n1; i++) {
            if (i == p2 || i == target.eliminated()) {
                continue;
            }
            // c = u_i / u_{p'}
            double cr = own.uRe(i) * ir - own.uIm(i) * ii;
            double ci = own.uRe(i) * ii + own.uIm(i) * ir;
            for (int a = 0; a < d; a++) {
                double jr = entryRe(own, a, i, e);
                double ji = entryIm(own, a, i, e);
                double kr = entryRe(own, a, p2, e);
                double ki = entryIm(own, a, p2, e);
                double xr = jr - (cr * kr - ci * ki);
                double xi = ji - (cr * ki + ci * kr);
                int idx = off + 2 * (a * d + b);
                dst[idx] = xr * ir - xi * ii;
                dst[idx + 1] = xr * ii + xi * ir;
            }
            b++;
        }
        return true;
    }

    /** J_{ai} = δ_{i L_a} + r_a δ_{i e} of the loaded point (real part). */
    private static double entryRe(PointGeometry own, int a, int i, int e) {
        if (i == e) {
            return own.pullbackRe(a);
        }
        return own.localCoordinate(a) == i ? 1 : 0;
    }

    private static double entryIm(PointGeometry own, int a, int i, int e) {
        return i == e ? own.pullbackIm(a) : 0;
    }

    /**
     * dst = T^{-1} g T^{-H}: a Hermitian tensor given in the own chart, expressed in the target chart.
     *
     * @return false when T is singular
     */
    public boolean toTarget(double[] jac, int jOff, double[] gOwn, int gOff, double[] dst, int dOff) {
        load(t, jac, jOff);
        if (!CommonOps_ZDRM.invert(t, tInv)) {
            return false;
        }
        load(g, gOwn, gOff);
        CommonOps_ZDRM.mult(tInv, g, tmp);
        CommonOps_ZDRM.transposeConjugate(tInv, t);
        CommonOps_ZDRM.mult(tmp, t, out);
        System.arraycopy(out.data, 0, dst, dOff, 2 * d * d);
        return true;
    }

    /** dst = T g T^H: a Hermitian tensor given in the target chart, expressed in the own chart. */
    public void toOwn(double[] jac, int jOff, double[] gTarget, int gOff, double[] dst, int dOff) {
        load(t, jac, jOff);
        load(g, gTarget, gOff);
        CommonOps_ZDRM.mult(t, g, tmp);
        CommonOps_ZDRM.transposeConjugate(t, tInv);
        CommonOps_ZDRM.mult(tmp, tInv, out);
        System.arraycopy(out.data, 0, dst, dOff, 2 * d * d);
    }

    /** Frobenius condition number ‖T‖_F ‖T^{-1}‖_F (≥ d; ∞ when T is singular). */
    public double conditionNumber(double[] jac, int jOff) {
        load(t, jac, jOff);
        double a = frobenius(t);
        if (!CommonOps_ZDRM.invert(t, tInv)) {
            return Double.POSITIVE_INFINITY;
        }
        return a * frobenius(tInv);
    }

    /** det T (real and imaginary part into dst[off], dst[off+1]). */
    public void determinant(double[] jac, int jOff, double[] dst, int off) {
        load(t, jac, jOff);
        var c = CommonOps_ZDRM.det(t);
        dst[off] = c.real;
        dst[off + 1] = c.imaginary;
    }

    /**
     * |f_target det T − f_own| / |f_own|: relative mismatch of the holomorphic top form Ω between the own chart
     * ({@code own}) and the target chart ({@code target}, loaded at the same point), which must agree through
     * f_own = f_target det T (0 up to rounding).
     */
    public double omegaMismatch(PointGeometry own, PointGeometry target, double[] jac, int jOff) {
        load(t, jac, jOff);
        var det = CommonOps_ZDRM.det(t);
        double fr = target.omegaRe() * det.real - target.omegaIm() * det.imaginary;
        double fi = target.omegaRe() * det.imaginary + target.omegaIm() * det.real;
        return Math.hypot(fr - own.omegaRe(), fi - own.omegaIm()) / Math.sqrt(own.omegaAbs2());
    }

    private void load(ZMatrixRMaj m, double[] src, int off) {
        System.arraycopy(src, off, m.data, 0, 2 * d * d);
    }

    private static double frobenius(ZMatrixRMaj m) {
        double s = 0;
        for (int i = 0; i < m.getDataLength(); i++) {
            s += m.data[i] * m.data[i];
        }
        return Math.sqrt(s);
    }
}
