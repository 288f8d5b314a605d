/**
 * Fubini–Study distance structures on point samples: exact nearest neighbours
 * ({@link org.metricflow.numeric.cluster.FsNearestNeighbours}), nearest-neighbour statistics and the law of
 * eq. (3.6), average-linkage and the paper's batched clustering (eq. 3.3), quality measures and the Fig. 2 heat maps.
 */
package org.metricflow.numeric.cluster;
