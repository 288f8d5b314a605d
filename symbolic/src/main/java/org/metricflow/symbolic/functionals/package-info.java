/**
 * The paper's functionals and flows, derived and checked: Ricci flow from {@link
 * org.metricflow.symbolic.geometry.RiemannianGeometry} ({@link org.metricflow.symbolic.functionals.GeometricFlow},
 * eq. 2.39), Perelman's F (eqs. 2.39–2.42), Kähler–Ricci flow (B.3, B.4), Calabi's functional and flow (B.7–B.9), the
 * Monge–Ampère energies and φ-flows (B.10–B.21), the one catalogue of flows
 * ({@link org.metricflow.symbolic.functionals.NamedFlow}: the names, descriptions and derivations of both
 * {@code metricflow derive flow NAME} and {@code metricflow flow NAME}, and each flow's velocity on a flat torus in
 * real jet variables) and the reference derivations timed by the symbolic benchmark. Each class states its sign, factor and index conventions and where they differ from the paper (see
 * docs/ERRATA.md).
 */
package org.metricflow.symbolic.functionals;
