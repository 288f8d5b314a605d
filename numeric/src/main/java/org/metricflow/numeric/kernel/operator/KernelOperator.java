package org.metricflow.numeric.kernel.operator;

/**
 * A kernel applied to an m-component field: out[a·m + p] = Σ_b Θ(y_a, x_b) w_b v[b·m + p] for row points y_a
 * (a < {@link #rows()}) and column points x_b with weights w_b (b < {@link #columns()}). For the training operator of a
 * flow the rows are the columns (dg_p(x_a)/dt = −Σ_b Θ(x_a, x_b) w_b δl/δg_p(x_b), eq. (2.12) with the δ_pq
 * structure of eq. (2.21)); for prediction the rows are test points. Implementations are immutable and thread-safe.
 */
public interface KernelOperator {

    /** Number of row (output) points. */
    int rows();

    /** Number of column (input, training) points. */
    int columns();

    /**
     * Applies the operator. {@code v} has length columns·m, {@code out} length rows·m (overwritten); m ≥ 1.
     *
     * @throws IllegalArgumentException on length mismatches or non-finite entries of v
     */
    void apply(double[] v, int components, double[] out);

    /** Checks the arguments of {@link #apply}. */
    static void checkApply(KernelOperator op, double[] v, int components, double[] out) {
        if (components < 1) {
            throw new IllegalArgumentException("components must be >= 1, got " + components);
        }
        if (v == null || v.length != (long) op.columns() * components) {
            throw new IllegalArgumentException("field v must have length columns·components = " + op.columns() + "·"
                    + components + ", got " + (v == null ? "null" : v.length));
        }
        if (out == null || out.length != (long) op.rows() * components) {
            throw new IllegalArgumentException("out must have length rows·components = " + op.rows() + "·"
                    + components + ", got " + (out == null ? "null" : out.length));
        }
        for (int i = 0; i < v.length; i++) {
            if (!Double.isFinite(v[i])) {
                throw new IllegalArgumentException("field v[" + i + "] must be finite, got " + v[i]);
            }
        }
    }
}
