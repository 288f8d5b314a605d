package org.metricflow.numeric.kernel;

import org.metricflow.numeric.nn.Inputs;

/**
 * A distance profile k(d; σ) on P^n tabulated as a piecewise quintic in t = √(1 − cos d) = √2 sin(d/2) ∈ [0, 1]
 * (d ∈ [0, π/2]), so that the hot loop needs neither arccos nor exp. In t both profiles are analytic (d = 2 asin(t/√2),
 * whose nearest singularity is at t = √2), so a uniform grid converges at the sixth order.
 *
 * <p>Construction: each interval is interpolated at 6 Chebyshev nodes from the exact profile (Math.asin, Math.exp); the
 * number of intervals is doubled from 64 until the error measured at 16 points per interval is ≤ {@link #TOLERANCE}.
 * Beyond the point where k falls below {@link #FLUSH} (profiles are decreasing) entries are exactly 0, which keeps the
 * table small for narrow kernels. Absolute error bound per entry (k(0) = 1): max({@link #maxError()}, FLUSH).
 */
final class TabulatedProfile {

    /** Target absolute error of a tabulated entry. */
    static final double TOLERANCE = 2e-15;
    /** Values below this are returned as 0. */
    static final double FLUSH = 1e-16;
    private static final int DEGREE = 5;
    private static final int MAX_INTERVALS = 1 << 16;

    private final DistanceProfile profile;
    private final double sigma;
    private final double[] coefficients;
    private final int intervals;
    private final double invH;
    private final double flushAbove;
    private final double maxError;

    TabulatedProfile(DistanceProfile profile, double sigma) {
        this.profile = profile;
        this.sigma = Inputs.requirePositive("sigma", sigma);
        double span = exact(1.0) < FLUSH ? cut() : 1.0;
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
        this.intervals = n;
        this.invH = n / span;
        this.maxError = err;
    }

    /** The exact profile as a function of t. */
    double exact(double t) {
        double d = 2 * Math.asin(Math.min(1.0, t / Math.sqrt(2.0)));
        return profile.value(d, sigma);
    }

    /** Largest measured absolute deviation of the table from the exact profile. */
    double maxError() {
        return maxError;
    }

    /** Number of quintic pieces. */
    int intervals() {
        return intervals;
    }

    /** Tabulated k at t ∈ [0, 1]. */
    double value(double t) {
        if (t >= flushAbove) {
            return 0.0;
        }
        double y = t * invH;
        int k = Math.min((int) y, intervals - 1);
        return piece(coefficients, k * (DEGREE + 1), y - k);
    }

    private static double piece(double[] c, int o, double x) {
        return ((((c[o + 5] * x + c[o + 4]) * x + c[o + 3]) * x + c[o + 2]) * x + c[o + 1]) * x + c[o];
    }

    /** In place: t[j] → k(t[j]) for j < len. */
    void apply(double[] t, int len) {
        double[] c = coefficients;
        double ih = invH;
        double flush = flushAbove;
        int last = intervals - 1;
        for (int j = 0; j < len; j++) {
            double tj = t[j];
            double v = 0.0;
            if (tj < flush) {
                double y = tj * ih;
                int k = Math.min((int) y, last);
                v = piece(c, k * (DEGREE + 1), y - k);
            }
            t[j] = v;
        }
    }

    /** Smallest t with k(t) < FLUSH (bisection; k is decreasing). */
    private double cut() {
        double lo = 0;
        double hi = 1;
        for (int i = 0; i < 200 && hi - lo > 1e-17; i++) {
            double mid = 0.5 * (lo + hi);
            if (exact(mid) < FLUSH) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return hi;
    }

    /** Local monomial coefficients (in x ∈ [0, 1] across each interval) of the Chebyshev interpolant. */
    private double[] build(int n, double span) {
        int q = DEGREE + 1;
        double[] out = new double[n * q];
        double[] values = new double[q];
        for (int k = 0; k < n; k++) {
            double a = span * k / n;
            double b = span * (k + 1) / n;
            for (int j = 0; j < q; j++) {
                double node = 0.5 * (1 + Math.cos(Math.PI * (j + 0.5) / q));
                values[j] = exact(a + (b - a) * node);
            }
            // Chebyshev coefficients c_i of the interpolant in s = 2x − 1
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
        return out;
    }

    private double measure(double[] c, int n, double span) {
        int q = DEGREE + 1;
        double worst = 0;
        for (int k = 0; k < n; k++) {
            for (int s = 0; s <= 16; s++) {
                double x = s / 16.0;
                double t = span * (k + x) / n;
                double v = piece(c, k * q, x);
                worst = Math.max(worst, Math.abs(v - exact(t)));
            }
        }
        return worst;
    }
}
