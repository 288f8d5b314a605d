/**
 * Kernels of metric flows: the empirical metric-NTK from parameter Jacobians (eq. (2.7)), the analytic frozen
 * N → ∞ kernels of the architectures in {@code nn} (cosine → Gaussian, eqs. (2.33)–(2.37); Gauss-net; ReLU NTK/NNGP
 * of any depth), the distance kernels of §3.2 (Gaussian on the Fubini–Study distance, eq. (3.5), printed and true
 * forms; the Delta kernel), the rescaled kernel h(x)h(x')Θ̄ (eq. (2.16)) and the curved-space δ-sequence
 * (eqs. (2.26)–(2.29)), and the tiled evaluation seam ({@link org.metricflow.numeric.kernel.TiledKernel}) the
 * operators use. Applying a kernel to fields is {@code kernel.operator}'s; convergence studies are {@code kernel.study}'s.
 * A new kernel goes here: implement {@link org.metricflow.numeric.kernel.Kernel} (and {@code TiledKernel} for a fast
 * row).
 *
 * <p>Conventions. A metric kernel with the component structure δ_pq Θ(x, x') (one network per independent component,
 * eq. (2.21)) is represented by its scalar Θ; the operators
 * ({@code kernel.operator}) apply it to every component. Fields over N points are
 * point-major flat arrays {@code v[b·m + p]}. Kernel values are dimensionless unless a normalisation (eq. (2.27)) makes
 * them a density in x' (units length^{−d}).
 */
package org.metricflow.numeric.kernel;
