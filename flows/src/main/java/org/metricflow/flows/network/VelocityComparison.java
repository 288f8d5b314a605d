package org.metricflow.flows.network;

/**
 * Relative discrete L² distances (over all grid points and fields) between the velocity v_NN measured on a network,
 * the local-flow prediction v = −δL/δf of its loss (eq. (2.14), Ω̄ = 1), the frozen-kernel prediction G_σ ∗ v
 * (eq. (2.12)) and the velocity v_flow of the flow the loss is meant to realise (e.g. Perelman's), all relative to ‖v‖.
 *
 * @param errorVsLocal  ‖v_NN − v‖/‖v‖: the quantity of the central check
 * @param errorVsKernel ‖v_NN − G_σ∗v‖/‖v‖: the finite-width part (expected ∝ N^{−1/2})
 * @param kernelVsLocal ‖G_σ∗v − v‖/‖v‖: the non-locality part (expected ≈ (σ²/2)‖Δv‖/‖v‖)
 * @param errorVsFlow   ‖v_NN − v_flow‖/‖v‖
 * @param localVsFlow   ‖v − v_flow‖/‖v‖: zero iff the loss realises the flow (e.g. (2.42) vs (2.40))
 * @param localNorm     ‖v‖ (root mean square over points and fields)
 */
public record VelocityComparison(double errorVsLocal, double errorVsKernel, double kernelVsLocal, double errorVsFlow,
                                 double localVsFlow, double localNorm) {
}
