/**
 * The data of a point sample, shared by the samplers and the metrics on samples: the
 * {@link org.metricflow.numeric.sample.PointSample} record (points, weights |Ω|²/det g_FS, Ω, charts, restricted FS
 * metric, line ids, {@link org.metricflow.numeric.sample.Rejections}) and the geometry at one point in one chart
 * ({@link org.metricflow.numeric.sample.PointGeometry}: FS metric pulled back to the hypersurface, Ω). Depends only
 * on {@code numeric.manifold}; {@code numeric.sampling} produces samples, {@code numeric.metric} consumes them.
 */
package org.metricflow.numeric.sample;
