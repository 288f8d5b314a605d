package org.metricflow.flows.time;

/**
 * When a run stops: the metric must stay positive definite with eigenvalues in (minEigenvalue, maxEigenvalue) at
 * every point of the flow's metric read-out, and every state entry finite with |y| ≤ maxAbsState.
 *
 * @param minEigenvalue smallest admissible eigenvalue of g (≥ 0; the metric is degenerate below it)
 * @param maxEigenvalue largest admissible eigenvalue of g (blow-up above it)
 * @param maxAbsState   largest admissible |y_i| of the state vector (blow-up above it)
 */
public record GuardOptions(double minEigenvalue, double maxEigenvalue, double maxAbsState) {

    /** Eigenvalues in (1e−8, 1e8), |y| ≤ 1e12. */
    public static final GuardOptions DEFAULT = new GuardOptions(1e-8, 1e8, 1e12);

    /**
     * Only finite and positive definite: for metrics in a common chart of a point cloud, whose eigenvalues span many
     * orders of magnitude between points.
     */
    public static final GuardOptions POSITIVE_DEFINITE = new GuardOptions(0, Double.POSITIVE_INFINITY,
            Double.POSITIVE_INFINITY);

    public GuardOptions {
        if (!(minEigenvalue >= 0) || !(maxEigenvalue > minEigenvalue) || !(maxAbsState > 0)) {
            throw new IllegalArgumentException("guard needs 0 <= minEigenvalue < maxEigenvalue and maxAbsState > 0, "
                    + "got " + minEigenvalue + ", " + maxEigenvalue + ", " + maxAbsState);
        }
    }
}
