package org.metricflow.flows.quintic;

/**
 * Which gradient of the loss density the kernel sums.
 *
 * <p>The literal coordinate gradient has units 1/g (∇η = η g^{-1}), so a learning rate has units g²; on the quintic
 * the restricted FS metric in a chart has eigenvalues from ~10⁻³ to ~1 between points, and no single learning rate
 * both moves the large metrics and keeps the small ones positive definite. The natural gradient of the
 * affine-invariant metric tr(g^{-1}dg g^{-1}dg) on positive matrices, g ∇l g (= l'(η) η g for the σ-loss), is
 * dimensionless relative to g and is what makes the paper's learning rates O(0.1) meaningful.
 */
public enum GradientForm {
    /** ∇l in the Frobenius inner product on Hermitian matrices (the paper's δl/δg, taken literally). */
    COORDINATE,
    /** g ∇l g, the natural gradient on positive-definite matrices. */
    NATURAL
}
