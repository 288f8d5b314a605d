/**
 * Kähler metrics on hypersurfaces from Donaldson's global potential K = ln(s^† H s)/(kπ): the monomial sections
 * modulo p ({@link org.metricflow.numeric.kahler.MonomialBasis}), the exact pulled-back metric and its derivative
 * in H ({@link org.metricflow.numeric.kahler.PotentialPullback}), the T-operator and balanced metrics
 * ({@link org.metricflow.numeric.kahler.Donaldson}), the Monge–Ampère loss with its gradient, the exact scalar
 * curvature ({@link org.metricflow.numeric.kahler.ScalarCurvature}), potential velocities projected on H
 * ({@link org.metricflow.numeric.kahler.VelocityProjection}), and .npz export.
 * Derivations: docs/cy-metrics.md.
 */
package org.metricflow.numeric.kahler;
