/**
 * Kähler metrics on hypersurfaces from Donaldson's global potential K = ln(s^† H s)/(kπ): the monomial sections
 * modulo p ({@link org.metricflow.numeric.kahler.MonomialBasis}), the exact pulled-back metric and its derivative
 * in H ({@link org.metricflow.numeric.kahler.PotentialPullback}), the T-operator and balanced metrics
 * ({@link org.metricflow.numeric.kahler.Donaldson}), the Monge–Ampère loss with its gradient, the exact scalar
 * curvature of both ansätze ({@link org.metricflow.numeric.kahler.ScalarCurvature}), potential velocities projected on H
 * ({@link org.metricflow.numeric.kahler.VelocityProjection}), a network potential φ_θ on the projector features
 * z z^†/|z|² with exact ∂∂̄φ and dL/dθ ({@link org.metricflow.numeric.kahler.NetworkMetric},
 * {@link org.metricflow.numeric.kahler.NetworkPotentialLoss}), and .npz export.
 * Derivations: docs/cy-metrics.md.
 */
package org.metricflow.numeric.kahler;
