package org.metricflow.flows.quintic.exact;

import java.util.Locale;

/**
 * A point on the linearised frozen-kernel flow: flow time t (Σ lr over steps of the explicit flow; +∞ allowed) and a
 * ridge ρ. In each eigenmode λ of the symmetrised kernel A ({@link SymmetrisedKernel}) the accumulated update is
 * φ(λ) = (1 − e^{−c(λ+ρ)t})/(λ+ρ) with c = {@link ExactKernelFlow#RATE}: the gradient flow of the squared loss plus
 * ρ/2 times the squared norm of the residual in the kernel's coordinates. t = ∞ gives kernel ridge regression
 * (1/(λ+ρ)); finite t damps the modes with c λ t ≲ 1, which is why flow time regularises like a ridge of ~1/(c t).
 *
 * @param t     flow time, > 0 (may be {@link Double#POSITIVE_INFINITY})
 * @param ridge ρ ≥ 0 (same units as the eigenvalues of A)
 */
public record FlowTime(double t, double ridge) {

    public FlowTime {
        if (!(t > 0)) {
            throw new IllegalArgumentException("flow time t must be > 0 (or inf), got " + t);
        }
        if (!(ridge >= 0) || !Double.isFinite(ridge)) {
            throw new IllegalArgumentException("ridge must be finite and >= 0, got " + ridge);
        }
    }

    /** t = ∞ with ridge ρ. */
    public static FlowTime infinite(double ridge) {
        return new FlowTime(Double.POSITIVE_INFINITY, ridge);
    }

    /** Whether t = ∞. */
    public boolean isInfinite() {
        return t == Double.POSITIVE_INFINITY;
    }

    /**
     * φ(λ) for one eigenvalue. Eigenvalues with |λ| ≤ {@code zero} (round-off of the null space) count as 0; there
     * φ = c t for finite t and ρ = 0, and 0 for t = ∞ without ridge (the pseudo-inverse). A negative λ + ρ (a kernel
     * that is not positive semi-definite, e.g. a Gaussian of the geodesic distance on the curved P⁴ at large σ) is a
     * mode the flow amplifies: φ = (e^{c|λ+ρ|t} − 1)/|λ+ρ|, infinite at t = ∞.
     */
    public double filter(double lambda, double zero) {
        double l = (Math.abs(lambda) <= zero ? 0 : lambda) + ridge;
        if (l == 0) {
            return isInfinite() ? 0 : ExactKernelFlow.RATE * t;
        }
        if (isInfinite()) {
            return l > 0 ? 1 / l : Double.POSITIVE_INFINITY;
        }
        return -Math.expm1(-ExactKernelFlow.RATE * l * t) / l;
    }

    /** "inf" or the number, as the CLI reads it. */
    public String label() {
        return isInfinite() ? "inf" : String.format(Locale.ROOT, "%.6g", t);
    }
}
