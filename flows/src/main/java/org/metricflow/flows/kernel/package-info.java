/**
 * Frozen-kernel metric flows on tori, paper eq. (2.12) with the kernel (2.23)/(2.28):
 * Θ̄_ijkl(x, x') = δ_ik δ_jl Ω̄ G_σ(x − x'), G_σ the normalised Gaussian of width σ on T^d. With the loss
 * l = −F/Ω̄ of eq. (2.42) the flow is ∂_t g(x) = ∫ d^dx' G_σ(x − x') v(x'), v the local velocity: the local flow
 * (2.14) smeared by G_σ, which tends to the local flow as σ → 0 with an error (σ²/2)Δv + O(σ⁴).
 *
 * <p>The normalised Gaussian on T^d is the periodisation of the Euclidean one (the sum over lattice translates
 * 2πm, m ∈ Z^d); by Poisson summation it equals the periodic heat kernel at time σ²/2,
 * Σ_m (2πσ²)^{−d/2} e^{−|x+2πm|²/(2σ²)} = (2π)^{−d} Σ_{k∈Z^d} e^{−σ²|k|²/2} e^{ik·x}, so the two candidate
 * definitions coincide; ∫_{T^d} G_σ = 1. Convolution is the Fourier multiplier e^{−σ²|k|²/2} (FFT, O(N log N)).
 */
package org.metricflow.flows.kernel;
