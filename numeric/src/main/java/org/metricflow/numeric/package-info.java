/**
 * The numeric layer. This root package is its base, shared by every numeric package, one of each: the thread-pool
 * helper {@link org.metricflow.numeric.Parallel}, the atomic file writer {@link org.metricflow.numeric.AtomicWrite},
 * the power-law fit {@link org.metricflow.numeric.PowerLawFit} and the argument checks
 * {@link org.metricflow.numeric.Inputs}. Above it: manifolds ({@code manifold}), the data of point samples
 * ({@code sample}), samplers ({@code sampling}), metrics on samples ({@code metric}), metric networks ({@code nn}),
 * kernels ({@code kernel}, {@code kernel.operator}, {@code kernel.study}), clustering ({@code cluster}), quadrature
 * and NumPy interchange ({@code io}). Built on Hipparchus and EJML; no Symja. Package graph: docs/architecture.md.
 */
package org.metricflow.numeric;
