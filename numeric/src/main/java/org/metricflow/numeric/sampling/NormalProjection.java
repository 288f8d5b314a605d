package org.metricflow.numeric.sampling;

import java.util.Objects;
import org.metricflow.numeric.manifold.PolynomialEvaluator;
import org.metricflow.numeric.manifold.ProjectiveHypersurface;

/**
 * Projects a point y ∈ P^n near a hypersurface X = {p = 0} back onto X along its normal: of the deg p intersections
 * of X with the complex line y + t·n̂, n̂ = conj(∇p(y))/|∇p(y)| (y scaled to max|y_i| = 1), it returns the one with
 * the smallest |t|. By Euler's relation ⟨y, n̂⟩ ∝ p(y) ≈ 0, so near X this line is horizontal and normal to X: to first
 * order the Fubini–Study geodesic from y meeting X at a right angle, and the root nearest t = 0 is the nearest point of
 * X along it (t ≈ −p(y)/|∇p(y)| for small p). The roots of t ↦ p(y + t n̂) come from the sampler's solvers (Aberth,
 * EJML companion eigenvalues as fallback), whose backward error is at rounding level. A per-thread workspace.
 */
public final class NormalProjection {

    private final int n1;
    private final int degree;
    private final PolynomialEvaluator eval;
    private final LinePolynomial line;
    private final PolynomialRoots fast;
    private final PolynomialRoots fallback;
    private final double[] aRe;
    private final double[] aIm;
    private final double[] bRe;
    private final double[] bIm;
    private final double[] cRe;
    private final double[] cIm;
    private final double[] tRe;
    private final double[] tIm;

    public NormalProjection(ProjectiveHypersurface x) {
        Objects.requireNonNull(x, "x");
        this.n1 = x.coordinates();
        this.degree = x.degree();
        this.eval = x.polynomial().evaluator();
        this.line = new LinePolynomial(x.polynomial());
        this.fast = new AberthRoots(degree);
        this.fallback = new CompanionEigenRoots(degree);
        this.aRe = new double[n1];
        this.aIm = new double[n1];
        this.bRe = new double[n1];
        this.bIm = new double[n1];
        this.cRe = new double[degree + 1];
        this.cIm = new double[degree + 1];
        this.tRe = new double[degree];
        this.tIm = new double[degree];
    }

    /**
     * Projects the point stored at {@code y[off ..]} ([Re y_0..Re y_n, Im y_0..Im y_n], any non-zero scaling) and
     * writes the projected point, scaled to max|z_i| = 1, to {@code out[outOff ..]}.
     *
     * @return whether the roots converged and ∇p(y) ≠ 0 (otherwise {@code out} is not written)
     */
    public boolean project(double[] y, int off, double[] out, int outOff) {
        double mx = 0;
        for (int i = 0; i < n1; i++) {
            mx = Math.max(mx, y[off + i] * y[off + i] + y[off + n1 + i] * y[off + n1 + i]);
        }
        if (!(mx > 0) || !Double.isFinite(mx)) {
            return false;
        }
        double s = 1 / Math.sqrt(mx);
        for (int i = 0; i < n1; i++) {
            aRe[i] = y[off + i] * s;
            aIm[i] = y[off + n1 + i] * s;
        }
        eval.evaluate(aRe, aIm, 0);
        double g2 = 0;
        for (int i = 0; i < n1; i++) {
            g2 += eval.gradRe(i) * eval.gradRe(i) + eval.gradIm(i) * eval.gradIm(i);
        }
        if (!(g2 > 0)) {
            return false;
        }
        double inv = 1 / Math.sqrt(g2);
        for (int i = 0; i < n1; i++) {
            bRe[i] = eval.gradRe(i) * inv;
            bIm[i] = -eval.gradIm(i) * inv;
        }
        line.coefficients(aRe, aIm, bRe, bIm, cRe, cIm);
        if (!fast.solve(cRe, cIm, degree, tRe, tIm) && !fallback.solve(cRe, cIm, degree, tRe, tIm)) {
            return false;
        }
        int best = 0;
        for (int k = 1; k < degree; k++) {
            if (Math.hypot(tRe[k], tIm[k]) < Math.hypot(tRe[best], tIm[best])) {
                best = k;
            }
        }
        double tr = tRe[best];
        double ti = tIm[best];
        double zmax = 0;
        for (int i = 0; i < n1; i++) {
            double zr = aRe[i] + tr * bRe[i] - ti * bIm[i];
            double zi = aIm[i] + tr * bIm[i] + ti * bRe[i];
            out[outOff + i] = zr;
            out[outOff + n1 + i] = zi;
            zmax = Math.max(zmax, zr * zr + zi * zi);
        }
        double r = 1 / Math.sqrt(zmax);
        for (int i = 0; i < 2 * n1; i++) {
            out[outOff + i] *= r;
        }
        return true;
    }
}
