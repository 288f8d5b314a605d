/**
 * Manifolds: flat tori, projective space and hypersurfaces in it.
 *
 * <p>Convention for points of P^n: a point with homogeneous coordinates z_0..z_n is stored as 2(n+1) doubles
 * {@code [Re z_0, …, Re z_n, Im z_0, …, Im z_n]} (cymetric's layout); a set of N points is a flat row-major
 * {@code double[N * 2(n+1)]}.
 */
package org.metricflow.numeric.manifold;
