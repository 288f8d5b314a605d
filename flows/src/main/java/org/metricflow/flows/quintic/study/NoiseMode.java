package org.metricflow.flows.quintic.study;

/** Where the noised test points of the Fig. 3 (left) study live. */
public enum NoiseMode {
    /**
     * The paper's construction: Gaussian noise added to the 2(n+1) real ambient coordinates of the patch-normalised
     * point (max|z_i| = 1), off X; Ω, the pulled-back FS metric and the weight are evaluated there by the same chart
     * formulas as on X (Ω = 1/∂_e p, r_a = −∂_a p/∂_e p), i.e. on the level set {p = p(y)} through the noised point.
     */
    AMBIENT,
    /** The same noised points projected back onto X along the normal ({@code NormalProjection}). */
    PROJECTED
}
