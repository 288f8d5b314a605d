package org.metricflow.flows.quintic;

import java.util.Locale;
import java.util.function.Function;
import org.metricflow.numeric.kernel.operator.KernelOperator;

/**
 * The training and prediction operators a kernel flow uses, and how they were built.
 *
 * @param training   out_a = Σ_b Θ(x_a, x_b) w_b v_b over the training points
 * @param prediction the same sum at the test points
 * @param storage    how the kernel is held
 * @param clusters   number of clusters (1: the exact kernel)
 * @param bytes      memory of the precomputed matrices (0 when matrix-free)
 * @param predictor  builds the prediction operator at other points (flat, 2(n+1) reals each), stored as the
 *                   prediction operator is (e.g. a validation set)
 */
public record FlowOperators(KernelOperator training, KernelOperator prediction, Storage storage, int clusters,
                            long bytes, Function<double[], KernelOperator> predictor) {

    /** How the kernel is held. */
    public enum Storage {
        /** Matrices formed once, applied by matrix products. */
        DENSE,
        /** Entries recomputed at every application. */
        MATRIX_FREE,
        /** The Delta kernel: a nearest-neighbour index, no matrix. */
        NEAREST_NEIGHBOUR;

        /** Lower-case name with a dash, as printed. */
        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
