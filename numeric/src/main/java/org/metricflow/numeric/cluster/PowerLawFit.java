package org.metricflow.numeric.cluster;

/**
 * μ(N) = prefactor · N^exponent fitted on log–log axes (paper eq. 3.6: 0.968 · N^−0.184).
 *
 * @param prefactor      A
 * @param prefactorError standard error of A (from the intercept's)
 * @param exponent       b
 * @param exponentError  standard error of b
 */
public record PowerLawFit(double prefactor, double prefactorError, double exponent, double exponentError) {

    /** The fitted value at N. */
    public double at(double n) {
        return prefactor * Math.pow(n, exponent);
    }
}
