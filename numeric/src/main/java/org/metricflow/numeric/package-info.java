/**
 * The numeric layer: manifolds and point samples ({@code manifold}, {@code sampling}, {@code metric}), metric networks
 * ({@code nn}), kernels ({@code kernel}), clustering ({@code cluster}) and NumPy interchange ({@code io}).
 * Built on Hipparchus and EJML; no Symja.
 */
package org.metricflow.numeric;
