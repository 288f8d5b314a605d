/**
 * The paper's functionals and flows, derived and checked: Ricci flow from {@link
 * org.metricflow.symbolic.geometry.RiemannianGeometry} ({@link org.metricflow.symbolic.functionals.GeometricFlow},
 * eq. 2.39), Perelman's F (eqs. 2.39–2.42), Kähler–Ricci flow (B.3, B.4), Calabi's functional and flow (B.7–B.9), the
 * Monge–Ampère energies and φ-flows (B.10–B.21), the named derivations of {@code metricflow derive flow NAME}
 * ({@link org.metricflow.symbolic.functionals.NamedFlow}) and the reference derivations timed by the symbolic
 * benchmark. Each class states its sign, factor and index conventions and where they differ from the paper (see
 * docs/ERRATA.md).
 */
package org.metricflow.symbolic.functionals;
