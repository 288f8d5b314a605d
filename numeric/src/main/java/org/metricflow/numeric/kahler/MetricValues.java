package org.metricflow.numeric.kahler;

/**
 * A Kähler metric evaluated at N points, each in its own chart (the chart of the sample's Ω).
 *
 * @param det    N: det g_{ab̄}
 * @param metric N × 2d²: g_{ab̄}, interleaved complex, row-major (layout of
 *               {@link org.metricflow.numeric.sample.PointSample#fsMetric()})
 */
public record MetricValues(double[] det, double[] metric) {
}
