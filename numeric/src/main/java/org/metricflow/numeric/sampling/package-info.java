/**
 * Point samples of projective hypersurfaces: {@link org.metricflow.numeric.sampling.LineIntersectionSampler}
 * (random lines through FS-uniform pairs, Shiffman–Zelditch), the {@link org.metricflow.numeric.sampling.PointSample}
 * record (points, weights |Ω|²/det g_FS, Ω, charts, restricted FS metric, line ids), rejection book-keeping, root
 * finders, and the paper's single-patch rejection.
 */
package org.metricflow.numeric.sampling;
