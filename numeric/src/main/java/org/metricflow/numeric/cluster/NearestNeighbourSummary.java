package org.metricflow.numeric.cluster;

import org.metricflow.numeric.metric.MonteCarloEstimate;

/**
 * Nearest-neighbour FS distances (radians, eq. 3.2) among N points.
 *
 * @param points N
 * @param mean   mean distance to the nearest other point, with std/√N as its (approximate) error
 * @param min    smallest nearest-neighbour distance
 * @param max    largest nearest-neighbour distance
 */
public record NearestNeighbourSummary(int points, MonteCarloEstimate mean, double min, double max) {
}
