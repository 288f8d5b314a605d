/**
 * Kernels of metric flows: the empirical metric-NTK from parameter Jacobians (eq. (2.7)), the analytic frozen
 * N → ∞ kernels of the architectures in {@code nn} (cosine → Gaussian, eqs. (2.33)–(2.37); Gauss-net; ReLU NTK/NNGP
 * of any depth), the distance kernels of §3.2 (Gaussian on the Fubini–Study distance, eq. (3.5), printed and true
 * forms; the Delta kernel), the rescaled kernel h(x)h(x')Θ̄ (eq. (2.16)) and the curved-space δ-sequence
 * (eqs. (2.26)–(2.29)); and kernel operators that apply a kernel to an m-component field over N points
 * (out_a = Σ_b Θ(x_a, x_b) w_b v_b) densely (EJML), matrix-free and multithreaded with O(N) extra memory, or block
 * diagonally over clusters.
 *
 * <p>Conventions. A metric kernel with the component structure δ_pq Θ(x, x') (one network per independent component,
 * eq. (2.21)) is represented by its scalar Θ; the operators apply it to every component. Fields over N points are
 * point-major flat arrays {@code v[b·m + p]}. Kernel values are dimensionless unless a normalisation (eq. (2.27)) makes
 * them a density in x' (units length^{−d}).
 */
package org.metricflow.numeric.kernel;
