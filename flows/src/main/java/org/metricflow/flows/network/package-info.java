/**
 * Metric flows induced by real gradient descent on network parameters, paper eqs. (2.1)–(2.6): the fields (g_ij
 * and φ) are a {@link org.metricflow.flows.network.ParametricMetric}, the loss is
 * L(θ) = Σ_x w(x) l(jet of the fields at x) over the grid points with w = h^d (the continuous batch (2.4) by the
 * rectangle rule), and θ follows dθ/dt = −∂L/∂θ (explicit Euler steps of size η are gradient descent with learning
 * rate η). ∂L/∂θ comes from the chain rule through the jets: ∂L/∂θ_I = Σ_x w Σ_s (∂l/∂jet_s) ∂jet_s/∂θ_I, with
 * ∂l/∂jet from generated code and the jets of ∂g/∂θ from the network (as a vector–Jacobian product).
 *
 * <p>The metric velocity induced by a parameter update is measured directly — as (g(θ − η∇L) − g(θ))/η or as the
 * Jacobian–vector product −(∂g/∂θ)·∇L — and compared with the local flow's prediction (eq. (2.14)) and the
 * frozen-kernel prediction (eq. (2.12)).
 *
 * <p>The natural update ({@link org.metricflow.flows.network.NetworkFlow} with a
 * {@link org.metricflow.flows.network.PointwiseKernel}) preconditions the functional gradient pointwise by a generated
 * kernel K before the vector–Jacobian product; with Perelman's natural kernel it realises (2.40)
 * (docs/ricci-nn-flow.md).
 */
package org.metricflow.flows.network;
