package org.metricflow.numeric.kernel;

import org.hipparchus.stat.regression.SimpleRegression;

/**
 * A least-squares fit y ≈ C x^α in log–log coordinates (Hipparchus {@link SimpleRegression} of ln y on ln x).
 *
 * @param exponent      α
 * @param exponentError standard error of α (0 for two points)
 * @param prefactor     C
 * @param points        number of (x, y) pairs
 */
public record PowerLawFit(double exponent, double exponentError, double prefactor, int points) {

    /** Fits y = C x^α; x and y positive, at least two points. */
    public static PowerLawFit fit(double[] x, double[] y) {
        if (x == null || y == null || x.length != y.length || x.length < 2) {
            throw new IllegalArgumentException("a power-law fit needs two equally long arrays of >= 2 values");
        }
        SimpleRegression r = new SimpleRegression();
        for (int i = 0; i < x.length; i++) {
            if (!(x[i] > 0) || !(y[i] > 0) || !Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
                throw new IllegalArgumentException("power-law fit needs positive finite values, got (" + x[i] + ", "
                        + y[i] + ") at " + i);
            }
            r.addData(Math.log(x[i]), Math.log(y[i]));
        }
        double se = x.length > 2 ? r.getSlopeStdErr() : 0.0;
        return new PowerLawFit(r.getSlope(), se, Math.exp(r.getIntercept()), x.length);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%.3f ± %.3f", exponent, exponentError);
    }
}
