package org.metricflow.flows.analysis;

/**
 * The metric of a state at a glance.
 *
 * @param minEigenvalue smallest eigenvalue of g_ij over all grid points (NaN when some metric entry is not finite)
 * @param minPoint      grid point where it occurs (or the first point with a non-finite entry)
 * @param maxEigenvalue largest eigenvalue over all grid points
 * @param maxPoint      grid point where it occurs
 * @param volume        ∫ √det g d^dx (rectangle rule; NaN when g is not positive definite somewhere)
 * @param maxAbsU       max over points of |u| with u = (1/2d) ln det g, the conformal factor of the volume form
 *                      (u itself for g = e^{2u}δ); NaN when g is not positive definite somewhere
 */
public record MetricSummary(double minEigenvalue, int minPoint, double maxEigenvalue, int maxPoint, double volume,
                            double maxAbsU) {
}
