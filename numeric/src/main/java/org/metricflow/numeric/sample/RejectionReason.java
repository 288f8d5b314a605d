package org.metricflow.numeric.sample;

/** Why a candidate point (a root on a random line) was not kept. */
public enum RejectionReason {
    /** p(q) ≈ 0: the line meets X at t = ∞ and P(t) drops degree (probability zero). */
    DEGENERATE_LINE,
    /** Neither root finder converged on this line; all its roots are dropped. */
    ROOTS_NOT_CONVERGED,
    /** |p(u)|/‖c‖₁ (max|u_i| = 1) above the acceptance tolerance after Newton polishing. */
    RESIDUAL,
    /**
     * X is singular at the point: ∇p ≈ 0 there, or the line meets X there with multiplicity ≥ 2 (two roots of
     * P(t) coincide to 1e-6 — a random line is tangent to a smooth X with probability zero).
     */
    SINGULAR_POINT,
    /** Ω or g not finite, det g ≤ 0, or weight not finite and positive. */
    INVALID_GEOMETRY
}
