package org.metricflow.numeric.nn;

/**
 * A network R^d → R^m with trainable parameters θ ∈ R^P: evaluation, analytic input jets up to second order and the
 * parameter Jacobian of those jets. Implementations are immutable; {@link #withParameters(double[])} returns a
 * copy with new trainable parameters (the frozen ones, if any, are kept).
 *
 * <p>Array layouts (o = output, s = jet slot of {@link JetLayout}, I = trainable parameter):
 * <ul>
 *   <li>{@link #evaluate}: {@code out[outOff + o]};</li>
 *   <li>{@link #jet}: {@code out[outOff + o·S + s]} with S = {@code new JetLayout(d, order).size()};</li>
 *   <li>{@link #parameterJacobian}: {@code out[(o·S + s)·P + I]} = ∂(jet slot s of output o)/∂θ_I.</li>
 * </ul>
 */
public interface Network {

    /** Input dimension d. */
    int inputDimension();

    /** Number of outputs m (metric components for a metric network). */
    int outputCount();

    /** Number P of trainable parameters. */
    int parameterCount();

    /** A copy of the trainable parameters, in the order the architecture documents. */
    double[] parameters();

    /** A network with the same architecture and frozen parameters and the given trainable parameters (copied). */
    Network withParameters(double[] theta);

    /** The m outputs at x = {@code x[xOff .. xOff+d)}; the default is the order-0 {@link #jet}. */
    default void evaluate(double[] x, int xOff, double[] out, int outOff) {
        jet(x, xOff, 0, out, outOff);
    }

    /** The jets (value and input derivatives up to {@code order} ≤ 2) of every output at x. */
    void jet(double[] x, int xOff, int order, double[] out, int outOff);

    /** ∂(jet of every output)/∂θ at x, dense, written into {@code out} (length ≥ m·S·P; zeroed first). */
    void parameterJacobian(double[] x, int xOff, int order, double[] out);

    /**
     * Vector–Jacobian product of the jets at x: adds Σ_{o,s} {@code cotangent[cOff + o·S + s]} ∂(jet slot s of output
     * o)/∂θ_I to {@code gradient[gOff + I]} for every trainable I. The default contracts the explicit
     * {@link #parameterJacobian}; architectures with a cheaper fused form override it.
     */
    default void addJetPullback(double[] x, int xOff, int order, double[] cotangent, int cOff, double[] gradient,
                                int gOff) {
        int rows = outputCount() * new JetLayout(inputDimension(), order).size();
        int p = parameterCount();
        double[] jacobian = new double[rows * p];
        parameterJacobian(x, xOff, order, jacobian);
        for (int r = 0; r < rows; r++) {
            double c = cotangent[cOff + r];
            if (c != 0) {
                for (int i = 0; i < p; i++) {
                    gradient[gOff + i] += c * jacobian[r * p + i];
                }
            }
        }
    }

    /**
     * Jacobian–vector product of the jets at x: {@code out[outOff + o·S + s]} = Σ_I ∂(jet slot s of output o)/∂θ_I
     * {@code tangent[tOff + I]}. The default contracts the explicit {@link #parameterJacobian}; architectures with a
     * cheaper fused form override it.
     */
    default void jetPushforward(double[] x, int xOff, int order, double[] tangent, int tOff, double[] out,
                                int outOff) {
        int rows = outputCount() * new JetLayout(inputDimension(), order).size();
        int p = parameterCount();
        double[] jacobian = new double[rows * p];
        parameterJacobian(x, xOff, order, jacobian);
        for (int r = 0; r < rows; r++) {
            double v = 0;
            for (int i = 0; i < p; i++) {
                v += jacobian[r * p + i] * tangent[tOff + i];
            }
            out[outOff + r] = v;
        }
    }

    /**
     * The empirical tangent kernel Θ_{oo'}(x_a, y_b) = Σ_I ∂f_o(x_a)/∂θ_I ∂f_{o'}(y_b)/∂θ_I (paper eq. (2.7)) between
     * nx points {@code xs} and ny points {@code ys} (flat, d values each), written to
     * {@code out[((a·m + o)·ny + b)·m + o']}. The default contracts explicit Jacobians; architectures with a cheaper
     * exact factorisation override it.
     */
    default void tangentKernel(double[] xs, int nx, double[] ys, int ny, double[] out) {
        JacobianContraction.tangentKernel(this, xs, nx, ys, ny, out);
    }
}
