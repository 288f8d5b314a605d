/**
 * Riemannian and Kähler geometry on coordinate charts, Symja-free. {@link
 * org.metricflow.symbolic.geometry.RiemannianGeometry} derives Christoffel symbols, Riemann and Ricci tensors, scalar
 * curvature, Hessians, Laplacians and Lie derivatives of a metric given as expressions in the coordinates (any
 * n ≥ 1); {@link org.metricflow.symbolic.geometry.KahlerGeometry} derives the metric, Ricci form and curvature of a
 * Kähler potential in Wirtinger coordinates. Everything is computed on first use and kept ({@link
 * org.metricflow.symbolic.geometry.Lazy}); symmetric objects store independent components only.
 */
package org.metricflow.symbolic.geometry;
