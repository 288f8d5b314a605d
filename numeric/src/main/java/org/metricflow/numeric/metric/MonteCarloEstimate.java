package org.metricflow.numeric.metric;

/**
 * A Monte Carlo estimate and its standard error (one standard deviation of the estimator).
 *
 * @param value         the estimate
 * @param standardError its standard error, ≥ 0 (NaN when it cannot be estimated, e.g. from one line)
 */
public record MonteCarloEstimate(double value, double standardError) {

    public MonteCarloEstimate {
        if (standardError < 0) {
            throw new IllegalArgumentException("standard error must be >= 0, got " + standardError);
        }
    }

    /** |value − reference| in units of the standard error. */
    public double pull(double reference) {
        return Math.abs(value - reference) / standardError;
    }

    @Override
    public String toString() {
        return value + " ± " + standardError;
    }
}
