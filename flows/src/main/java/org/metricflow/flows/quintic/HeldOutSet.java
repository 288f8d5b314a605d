package org.metricflow.flows.quintic;

import org.metricflow.numeric.kernel.operator.KernelOperator;

/**
 * Points a kernel flow never sums over (test or validation) with the operator that predicts their update from the
 * training points.
 *
 * @param values     the metric there
 * @param prediction out_a = Σ_b Θ(y_a, x_b) ŵ_b v_b for these points y_a and the training points x_b
 */
public record HeldOutSet(PointValues values, KernelOperator prediction) {
}
