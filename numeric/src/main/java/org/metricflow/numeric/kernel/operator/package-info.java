/**
 * Kernel operators: a {@link org.metricflow.numeric.kernel.Kernel} applied to an m-component field over N points,
 * out_a = Σ_b Θ(y_a, x_b) w_b v_b — densely (EJML), matrix-free and multithreaded with O(N) extra memory
 * (tile sweeps over a {@link org.metricflow.numeric.kernel.TiledKernel}), block diagonally over clusters (§3.1), or
 * as the Delta kernel of §3.2 (nearest training point). {@link org.metricflow.numeric.kernel.operator.KernelOperators}
 * picks one by problem size. Fields are point-major flat arrays {@code v[b·m + p]}.
 */
package org.metricflow.numeric.kernel.operator;
