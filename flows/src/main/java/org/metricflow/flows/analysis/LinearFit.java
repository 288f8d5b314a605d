package org.metricflow.flows.analysis;

import org.hipparchus.stat.regression.SimpleRegression;

/**
 * Least-squares line y = intercept + slope·x (Hipparchus {@link SimpleRegression}), with factories for the two
 * transformed fits the regressions use: power laws (log–log) and exponential decay (semi-log).
 *
 * @param slope      fitted slope
 * @param intercept  fitted intercept
 * @param slopeError standard error of the slope (NaN for two points)
 * @param rSquare    coefficient of determination
 * @param points     number of data points
 */
public record LinearFit(double slope, double intercept, double slopeError, double rSquare, int points) {

    /** Fits y against x (at least two points, all finite). */
    public static LinearFit of(double[] x, double[] y) {
        if (x.length != y.length || x.length < 2) {
            throw new IllegalArgumentException("a linear fit needs at least two (x, y) pairs of equal count, got "
                    + x.length + " and " + y.length);
        }
        SimpleRegression r = new SimpleRegression();
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
                throw new IllegalArgumentException("fit data must be finite, got (" + x[i] + ", " + y[i] + ") at "
                        + i);
            }
            r.addData(x[i], y[i]);
        }
        return new LinearFit(r.getSlope(), r.getIntercept(), r.getSlopeStdErr(), r.getRSquare(), x.length);
    }

    /** Fits y = C x^slope: the line through (ln x, ln y); x and y must be positive. */
    public static LinearFit powerLaw(double[] x, double[] y) {
        return of(logs(x, "x"), logs(y, "y"));
    }

    /**
     * Fits |y| = C e^{−rate·t}: the line through (t, ln|y|); its slope is −rate, so {@code -slope()} is the decay
     * rate (1/time).
     */
    public static LinearFit exponential(double[] t, double[] y) {
        double[] abs = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            abs[i] = Math.abs(y[i]);
        }
        return of(t, logs(abs, "|y|"));
    }

    private static double[] logs(double[] v, String what) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            if (!(v[i] > 0)) {
                throw new IllegalArgumentException(what + " must be positive for a logarithmic fit, got " + v[i]
                        + " at " + i);
            }
            out[i] = Math.log(v[i]);
        }
        return out;
    }
}
