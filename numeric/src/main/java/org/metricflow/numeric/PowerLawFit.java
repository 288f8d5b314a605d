package org.metricflow.numeric;

import java.util.Locale;
import org.hipparchus.stat.regression.SimpleRegression;

/**
 * A power law y = C x^α, fitted by least squares in log–log coordinates (Hipparchus {@link SimpleRegression} of
 * ln y on ln x) or quoted (e.g. the paper's eq. (3.6): 0.968 · N^−0.184).
 *
 * @param prefactor      C
 * @param prefactorError standard error of C (from the intercept's; 0 for two points or a quoted law)
 * @param exponent       α
 * @param exponentError  standard error of α (0 for two points or a quoted law)
 * @param points         number of (x, y) pairs fitted; 0 for a quoted law
 */
public record PowerLawFit(double prefactor, double prefactorError, double exponent, double exponentError,
                          int points) {

    /** A quoted law (not fitted here): {@code points} = 0. */
    public PowerLawFit(double prefactor, double prefactorError, double exponent, double exponentError) {
        this(prefactor, prefactorError, exponent, exponentError, 0);
    }

    /** Fits y = C x^α; x and y positive and finite, at least two points. */
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
        double c = Math.exp(r.getIntercept());
        boolean errors = x.length > 2;
        return new PowerLawFit(c, errors ? c * r.getInterceptStdErr() : 0.0, r.getSlope(),
                errors ? r.getSlopeStdErr() : 0.0, x.length);
    }

    /** The law's value C x^α at x. */
    public double at(double x) {
        return prefactor * Math.pow(x, exponent);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.3f ± %.3f", exponent, exponentError);
    }
}
