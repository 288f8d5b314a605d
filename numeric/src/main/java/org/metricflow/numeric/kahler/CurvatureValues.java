package org.metricflow.numeric.kahler;

/**
 * det g and the scalar curvature R of a Kähler metric at N points, each in its own chart (the chart of the sample's
 * Ω); R is chart independent ({@link ScalarCurvature} states the convention).
 *
 * @param det    N: det g_{ab̄}
 * @param scalar N: R = −g^{ab̄}∂_a∂̄_b ln det g
 */
public record CurvatureValues(double[] det, double[] scalar) {
}
