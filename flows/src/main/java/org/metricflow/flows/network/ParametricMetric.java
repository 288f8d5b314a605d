package org.metricflow.flows.network;

import org.metricflow.symbolic.jet.JetSpace;

/**
 * Fields (metric components g_ij, dilaton φ, …) represented by a parametric model such as a per-component cosine
 * network (paper eq. (2.19)/(2.32)), with analytic input derivatives. The minimal interface a flow needs: the jets
 * of the fields at points, and the two contractions of the jets of ∂g/∂θ (the vector–Jacobian product for the
 * chain rule of ∂L/∂θ, the Jacobian–vector product for the metric velocity induced by a parameter update). A model
 * that stores the full jet Jacobian ∂jet_s(x_p)/∂θ_I implements both as contractions of it.
 *
 * <p>Conventions: points are flat, {@code points[p·d + a]} = x_{a+1} of point p; jets are point-major in the slot
 * layout of {@link #jets()} ({@code out[p·J + s]}); θ has {@link #parameterCount()} entries. Implementations are
 * thread-safe for concurrent calls with distinct output arrays.
 */
public interface ParametricMetric {

    /** The represented fields, the torus dimension and the highest input-derivative order available. */
    JetSpace jets();

    /** Number of parameters. */
    int parameterCount();

    /**
     * Jets of the fields at {@code count} points.
     *
     * @param theta  parameters (not modified)
     * @param points point coordinates (not modified)
     * @param out    {@code count·J} jet slots (modified)
     */
    void jets(double[] theta, double[] points, int count, double[] out);

    /**
     * Vector–Jacobian product: {@code gradient[I] = Σ_p Σ_s cotangent[p·J + s] ∂jet_s(x_p)/∂θ_I}.
     *
     * @param cotangent weights of the jet slots, {@code count·J} (not modified)
     * @param gradient  {@link #parameterCount()} entries (modified)
     */
    void pullback(double[] theta, double[] points, int count, double[] cotangent, double[] gradient);

    /**
     * Jacobian–vector product: {@code out[p·J + s] = Σ_I ∂jet_s(x_p)/∂θ_I tangent[I]} — the change of the jets per
     * unit change of θ along {@code tangent}.
     *
     * @param tangent a parameter direction, {@link #parameterCount()} entries (not modified)
     * @param out     {@code count·J} jet slots (modified)
     */
    void pushforward(double[] theta, double[] points, int count, double[] tangent, double[] out);

    /**
     * {@link #pullback} of a cotangent on the field values alone (zero on every derivative slot), without the
     * derivative jets: {@code gradient[I] = Σ_p Σ_k cotangent[k·count + p] ∂f_k(x_p)/∂θ_I}.
     *
     * @param cotangent field-major weights of the values, {@code count·fields} (not modified)
     * @param gradient  {@link #parameterCount()} entries (modified)
     */
    void valuePullback(double[] theta, double[] points, int count, double[] cotangent, double[] gradient);

    /**
     * The value slots of {@link #pushforward}, without the derivative jets: {@code out[k·count + p] =
     * Σ_I ∂f_k(x_p)/∂θ_I tangent[I]}.
     *
     * @param tangent a parameter direction, {@link #parameterCount()} entries (not modified)
     * @param out     field-major, {@code count·fields} (modified)
     */
    void valuePushforward(double[] theta, double[] points, int count, double[] tangent, double[] out);
}
