/**
 * The torus runtime of the catalogue of flows ({@link org.metricflow.symbolic.functionals.NamedFlow}: names,
 * descriptions, derivations and torus velocities all live in the symbolic layer). This package only binds a derived
 * flow to the grid: it compiles the catalogue's velocity, density and (Perelman) loss and natural kernel
 * ({@link org.metricflow.flows.classic.SymbolicVelocitySource}) and chooses how the metric is read from the jets
 * ({@link org.metricflow.flows.classic.ClassicalFlows#readout}), giving {@link org.metricflow.flows.FlowDefinition}s.
 * Nothing here derives or evaluates a curvature formula by hand.
 *
 * <p>Field conventions the generated code follows: real flows on T^d evolve the metric components g11, g12, …,
 * gdd ({@link org.metricflow.symbolic.jet.JetSpace#metricComponents}) and, for Perelman, the dilaton {@code phi};
 * Kähler flows on C^n/Λ evolve the potential correction {@code phi} with g_{ab̄} = δ_{ab} + ∂_a∂̄_b φ in the real
 * coordinates (x_1..x_n, y_1..y_n) of {@link org.metricflow.flows.grid.ComplexTorus}.
 */
package org.metricflow.flows.classic;
