/**
 * Metric networks: neural networks whose outputs are the independent components of a metric g_ij(x), with
 * evaluation, analytic input jets up to second order and parameter Jacobians (paper §2.3).
 *
 * <p>Architectures: the cosine network of eq. (2.32) in its plane-wave form cos(w_i·x + b_i) (default) and as printed
 * (sum over input coordinates outside the cosine), the exponential "Gauss-net", a ReLU multilayer network, and the
 * deterministic rescaling h(x)φ(x) of eq. (2.15). A metric network is either one network per independent component
 * ({@link org.metricflow.numeric.nn.StackedNetwork}, paper eq. (2.19)) or one network with several outputs (shared
 * parameters).
 *
 * <p>Conventions: inputs x ∈ R^d are flat {@code double[]} slices; jets use {@link org.metricflow.numeric.nn.JetLayout}
 * (value, gradient, upper-triangular Hessian — the order of {@code symbolic.jet.JetSpace}); parameter Jacobians are
 * taken with respect to the <em>trainable</em> parameters only, in the order documented by each architecture.
 * Randomness is injected as a Hipparchus {@link org.hipparchus.random.RandomGenerator}.
 */
package org.metricflow.numeric.nn;
