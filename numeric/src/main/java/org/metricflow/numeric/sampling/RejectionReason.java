package org.metricflow.numeric.sampling;

/** Why a candidate point (a root on a random line) was not kept. */
public enum RejectionReason {
    /** p(q) ≈ 0: the line meets X at t = ∞ and P(t) drops degree (probability zero). */
    DEGENERATE_LINE,
    /** Neither root finder converged on this line; all its roots are dropped. */
    ROOTS_NOT_CONVERGED,
    /** Two roots of the same line coincide after polishing (a tangent line or a repeated factor of p). */
    DUPLICATE_ROOT,
    /** |p(u)|/Σ|c_m||u^m| above the acceptance tolerance after Newton polishing. */
    RESIDUAL,
    /** ∇p ≈ 0 at the point: X is singular there. */
    SINGULAR_POINT,
    /** Ω or g not finite, det g ≤ 0, or weight not finite and positive. */
    INVALID_GEOMETRY
}
