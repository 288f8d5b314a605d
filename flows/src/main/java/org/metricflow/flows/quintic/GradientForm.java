package org.metricflow.flows.quintic;

/**
 * Which update the kernel spreads. With G_j = (w_j/W) η_j g_j^{-1} [l'(η_j) − m] the exact gradient of the mean loss
 * ({@link KappaCoupling}) and s_j = η_j [l'(η_j) − m]:
 * <ul>
 *   <li>{@link #COORDINATE}: dg(x) = −lr Σ Θ(x,x') w' ∇l(x') — units 1/g, so lr has units g²;</li>
 *   <li>{@link #NATURAL}: dg(x) = −lr Σ Θ(x,x') w' s' g(x') — carries the metric of the <em>source</em> point;</li>
 *   <li>{@link #FRAME}: dg(x) = −lr g(x) Σ Θ(x,x') w' s' — the source point's scalar, the target's own metric.</li>
 * </ul>
 * The literal coordinate gradient fails because the restricted FS metric in a common chart has eigenvalues from ~10⁻³
 * to ~1 between points. The natural gradient is scale free at one point, but a non-local kernel adds g(x') to g(x),
 * and in one chart det g spans 10⁻¹³…10: a neighbour's large metric wrecks a small one, and Σ_x tr(G_x dg_x) is not a
 * quadratic form, so the loss need not fall. The frame form is a descent direction for a positive semi-definite
 * kernel (derivation in {@link QuinticKernelFlow}); on training points of the Delta kernel it equals the natural form.
 */
public enum GradientForm {
    /** ∇l in the Frobenius inner product on Hermitian matrices (the paper's δl/δg, taken literally). */
    COORDINATE,
    /** g ∇l g at the source point x' (= l'(η) η g(x') for the σ-loss), the natural gradient on positive matrices. */
    NATURAL,
    /** g(x) times the kernel sum of the scalars η'(l'(η') − m): scale free, chart independent, a descent direction. */
    FRAME
}
