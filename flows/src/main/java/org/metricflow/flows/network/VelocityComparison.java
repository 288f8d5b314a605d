package org.metricflow.flows.network;

/**
 * Relative discrete L² distances (over all grid points and fields) between the velocity v_NN measured on a network,
 * the local-flow prediction v (eq. (2.14)) and the frozen-kernel prediction G_σ ∗ v (eq. (2.12)), all relative to
 * ‖v‖.
 *
 * @param errorVsLocal  ‖v_NN − v‖/‖v‖: the quantity of the central check
 * @param errorVsKernel ‖v_NN − G_σ∗v‖/‖v‖: the finite-width part (expected ∝ N^{−1/2})
 * @param kernelVsLocal ‖G_σ∗v − v‖/‖v‖: the non-locality part (expected ≈ (σ²/2)‖Δv‖/‖v‖)
 * @param localNorm     ‖v‖ (root mean square over points and fields)
 */
public record VelocityComparison(double errorVsLocal, double errorVsKernel, double kernelVsLocal, double localNorm) {
}
