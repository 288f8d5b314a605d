package org.metricflow.numeric.kernel;

import org.metricflow.numeric.Inputs;

/**
 * A distance profile k(d; σ) on P^n tabulated as a piecewise quintic, so that the hot loop needs neither arccos nor
 * exp. The argument is s = 1 − cos d ∈ [0, 1] (d ∈ [0, π/2]); the table variable is s itself for the Gaussian
 * profile (k = exp(−acos(1 − s)²/(2σ²)) is analytic in s on [0, 1], nearest singularity at s = 2) and t = √s for the
 * exponential profile (exp(−d/(2σ)) has a √s cusp at s = 0 but is analytic in t: d = 2 asin(t/√2)). A uniform grid
 * then converges at the sixth order.
 *
 * <p>Construction: each interval is interpolated at 6 Chebyshev nodes from the exact profile (Math.asin, Math.exp); the
 * number of intervals is doubled from 64 until the error measured at 17 points per interval is ≤ {@link #TOLERANCE}.
 * Beyond the point where k falls below {@link #FLUSH} (profiles are decreasing) entries are exactly 0, which keeps the
 * table small for narrow kernels. Pieces are evaluated by Estrin's scheme (short dependency chains).
 *
 * <p>Sensitivity: an absolute error δs in the argument moves k by |dk/ds| δs; {@link #accurateBelow()} is the s below
 * which |dk/ds|·4e-16 may exceed 4e-15, where callers must compute s without cancellation.
 */
final class TabulatedProfile {

    /** Target absolute error of a tabulated entry. */
    static final double TOLERANCE = 5e-15;
    /** Values below this are returned as 0. */
    static final double FLUSH = 1e-16;
    /** Assumed absolute error of s = 1 − √(cos²d) computed by cancellation (a few ulps of cos²d ≈ 1). */
    private static final double ARGUMENT_ERROR = 4e-16;
    /** Share of the entry error budget the argument error may take. */
    private static final double ARGUMENT_BUDGET = 4e-15;
    private static final int DEGREE = 5;
    private static final int MAX_INTERVALS = 1 << 16;

    private final DistanceProfile profile;
    private final double sigma;
    private final boolean sqrtVariable;
    private final double[] coefficients;
    private final double invH;
    private final double flushAbove;
    private final double maxError;
    private final double accurateBelow;

    TabulatedProfile(DistanceProfile profile, double sigma) {
        this.profile = profile;
        this.sigma = Inputs.requirePositive("sigma", sigma);
        this.sqrtVariable = profile == DistanceProfile.PRINTED_EXPONENTIAL;
        double span = exactInVariable(1.0) < FLUSH ? cut() : 1.0;
        this.flushAbove = span < 1.0 ? span : Double.POSITIVE_INFINITY;
        int n = 64;
        double[] c;
        double err;
        while (true) {
            c = build(n, span);
            err = measure(c, n, span);
            if (err <= TOLERANCE || n >= MAX_INTERVALS) {
                break;
            }
            n *= 2;
        }
        this.coefficients = c;
        this.invH = n / span;
        this.maxError = err;
        this.accurateBelow = sensitiveRange();
    }

    /** The exact profile at s = 1 − cos d. */
    double exact(double s) {
        double d = 2 * Math.asin(Math.sqrt(Math.min(1.0, Math.max(0.0, s)) / 2));
        return profile.value(d, sigma);
    }

    private double exactInVariable(double v) {
        return exact(sqrtVariable ? v * v : v);
    }

    /** Largest measured absolute deviation of the table from the exact profile. */
    double maxError() {
        return maxError;
    }

    /** s below which the argument must be computed without cancellation (0: nowhere). */
    double accurateBelow() {
        return accurateBelow;
    }

    /** In place: s[j] → k(s[j]) for j < len (s ∈ [0, 1]). */
    void apply(double[] s, int len) {
        if (sqrtVariable) {
            for (int j = 0; j < len; j++) {
                s[j] = Math.sqrt(s[j]);
            }
        }
        double[] c = coefficients;
        double ih = invH;
        if (flushAbove == Double.POSITIVE_INFINITY) {
            // the table has one spare piece, so v = 1 (index = intervals) needs no clamp
            for (int j = 0; j < len; j++) {
                double y = s[j] * ih;
                int k = (int) y;
                s[j] = piece(c, k * (DEGREE + 1), y - k);
            }
            return;
        }
        double flush = flushAbove;
        for (int j = 0; j < len; j++) {
            double v = s[j];
            double r = 0.0;
            if (v < flush) {
                double y = v * ih;
                int k = (int) y;
                r = piece(c, k * (DEGREE + 1), y - k);
            }
            s[j] = r;
        }
    }

    /** Estrin: (c0 + c1 x) + x² ((c2 + c3 x) + x² (c4 + c5 x)). */
    private static double piece(double[] c, int o, double x) {
        double x2 = x * x;
        return (c[o] + c[o + 1] * x) + x2 * ((c[o + 2] + c[o + 3] * x) + x2 * (c[o + 4] + c[o + 5] * x));
    }

    /** Smallest table variable with k < FLUSH (bisection; k is decreasing). */
    private double cut() {
        double lo = 0;
        double hi = 1;
        for (int i = 0; i < 200 && hi - lo > 1e-17; i++) {
            double mid = 0.5 * (lo + hi);
            if (exactInVariable(mid) < FLUSH) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return hi;
    }

    /** Largest s (on a logarithmic grid, doubled for margin) where |dk/ds|·ARGUMENT_ERROR exceeds ARGUMENT_BUDGET. */
    private double sensitiveRange() {
        double worst = 0;
        for (double s = 1e-18; s < 1; s *= 1.2) {
            double h = 1e-4 * s;
            double slope = Math.abs(exact(s + h) - exact(s - h)) / (2 * h);
            if (slope * ARGUMENT_ERROR > ARGUMENT_BUDGET) {
                worst = s;
            }
        }
        return Math.min(1.0, 2 * worst);
    }

    /** Local monomial coefficients (in x ∈ [0, 1] across each interval) of the Chebyshev interpolant. */
    private double[] build(int n, double span) {
        int q = DEGREE + 1;
        double[] out = new double[(n + 1) * q]; // a spare piece n, equal to piece n − 1 evaluated at x + 1
        double[] values = new double[q];
        for (int k = 0; k < n; k++) {
            double a = span * k / n;
            double b = span * (k + 1) / n;
            for (int j = 0; j < q; j++) {
                double node = 0.5 * (1 + Math.cos(Math.PI * (j + 0.5) / q));
                values[j] = exactInVariable(a + (b - a) * node);
            }
            // Chebyshev coefficients c_i of the interpolant in u = 2x − 1
            double[] cheb = new double[q];
            for (int i = 0; i < q; i++) {
                double s = 0;
                for (int j = 0; j < q; j++) {
                    s += values[j] * Math.cos(i * Math.PI * (j + 0.5) / q);
                }
                cheb[i] = (i == 0 ? 1.0 : 2.0) * s / q;
            }
            // expand Σ c_i T_i(2x − 1) into monomials in x (T_{i+1} = 2(2x − 1)T_i − T_{i−1})
            double[] tPrev = new double[q];
            double[] tCur = new double[q];
            tPrev[0] = 1;
            tCur[0] = -1;
            tCur[1] = 2;
            for (int j = 0; j < q; j++) {
                out[k * q + j] += cheb[0] * tPrev[j] + cheb[1] * tCur[j];
            }
            for (int i = 2; i < q; i++) {
                double[] tNext = new double[q];
                for (int j = 0; j < q; j++) {
                    tNext[j] = -2 * tCur[j] - tPrev[j] + (j > 0 ? 4 * tCur[j - 1] : 0.0);
                }
                for (int j = 0; j < q; j++) {
                    out[k * q + j] += cheb[i] * tNext[j];
                }
                tPrev = tCur;
                tCur = tNext;
            }
        }
        // spare piece: p_n(x) = p_{n−1}(x + 1) (Taylor shift), so the table edge v = span needs no clamp
        for (int j = 0; j < q; j++) {
            double sum = 0;
            double binom = 1;
            for (int i = j; i < q; i++) {
                sum += binom * out[(n - 1) * q + i];
                binom = binom * (i + 1) / (i + 1 - j);
            }
            out[n * q + j] = sum;
        }
        return out;
    }

    private double measure(double[] c, int n, double span) {
        int q = DEGREE + 1;
        double worst = 0;
        for (int k = 0; k < n; k++) {
            for (int s = 0; s <= 16; s++) {
                double x = s / 16.0;
                double v = span * (k + x) / n;
                worst = Math.max(worst, Math.abs(piece(c, k * q, x) - exactInVariable(v)));
            }
        }
        return worst;
    }
}
