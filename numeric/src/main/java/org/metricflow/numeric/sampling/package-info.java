/**
 * Point samples of projective hypersurfaces: {@link org.metricflow.numeric.sampling.LineIntersectionSampler}
 * (random lines through FS-uniform pairs, Shiffman–Zelditch) producing a
 * {@link org.metricflow.numeric.sample.PointSample}, root finders, and the paper's single-patch rejection.
 */
package org.metricflow.numeric.sampling;

import org.metricflow.numeric.sample.PointSample;
