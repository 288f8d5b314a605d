/**
 * The classical geometric flows on tori — Ricci (2.39), Perelman (2.40)–(2.41), Kähler–Ricci (B.4), Calabi
 * (B.8)–(B.9), Monge–Ampère (B.21) — as {@link org.metricflow.flows.FlowDefinition}s whose velocities (and densities,
 * losses) come from the code generator of the symbolic layer
 * ({@link org.metricflow.flows.classic.SymbolicVelocitySource}). Nothing here evaluates a curvature formula by hand: the
 * Kähler potential velocities are written symbolically ({@code KahlerPotentialFlows}) and compiled like the others.
 *
 * <p>Field conventions the generated code must follow: real flows on T^d evolve the metric components g11, g12, …,
 * gdd ({@link org.metricflow.symbolic.jet.JetSpace#metricComponents}) and, for Perelman, the dilaton {@code phi};
 * Kähler flows on C^n/Λ evolve the potential correction {@code phi} with g_{ab̄} = δ_{ab} + ∂_a∂̄_b φ in the real
 * coordinates (x_1..x_n, y_1..y_n) of {@link org.metricflow.flows.grid.ComplexTorus}.
 */
package org.metricflow.flows.classic;
