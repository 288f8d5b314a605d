package org.metricflow.numeric.nn;

/** The two readings of the cosine network, eq. (2.32). */
public enum CosineForm {
    /**
     * φ(x) = (A/√N) Σ_i a_i cos(w_i·x + b_i): one plane wave per hidden unit. Its frozen last-layer kernel is the
     * Gaussian (A²/2) exp(−σ_w²|x − x'|²/(2d)) of eq. (2.35). The default.
     */
    PLANE_WAVE,
    /**
     * φ(x) = (A/√N) Σ_i a_i Σ_j cos(w_ij x_j + b_i), eq. (2.32) as printed (sum over coordinates outside the cosine).
     * Its frozen kernel is (A²/2)[Σ_j e^{−σ_w²(x_j−x'_j)²/(2d)} + Σ_{j≠j'} e^{−σ_w²(x_j² + x'_{j'}²)/(2d)}]: a sum of
     * one-dimensional Gaussians plus terms that are not translation invariant — not eq. (2.35) for d ≥ 2. Kept to
     * demonstrate the erratum.
     */
    PRINTED
}
