/**
 * Manifolds: projective space and hypersurfaces in it ({@link org.metricflow.numeric.manifold.ProjectiveHypersurface}
 * from a {@link org.metricflow.numeric.manifold.HomogeneousPolynomial}), charts, the Fubini–Study distance and closed
 * forms for Fermat hypersurfaces.
 *
 * <p>Convention for points of P^n: a point with homogeneous coordinates z_0..z_n is stored as 2(n+1) doubles
 * {@code [Re z_0, …, Re z_n, Im z_0, …, Im z_n]} (cymetric's layout); a set of N points is a flat row-major
 * {@code double[N * 2(n+1)]}.
 */
package org.metricflow.numeric.manifold;
