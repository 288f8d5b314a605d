package org.metricflow.symbolic.geometry;

import org.metricflow.symbolic.cas.Sym;

/**
 * The Riemann tensor with all indices down, R_ijkl = g_im R^m_jkl, with
 * R^ρ_σμν = ∂_μ Γ^ρ_νσ − ∂_ν Γ^ρ_μσ + Γ^ρ_μλ Γ^λ_νσ − Γ^ρ_νλ Γ^λ_μσ (so Ric_σν = R^ρ_σρν and the round sphere has
 * positive curvature). Stored by its pair symmetries: antisymmetric in (ij) and in (kl), symmetric under
 * (ij) ↔ (kl); only the N(N+1)/2 components with i&lt;j, k&lt;l, (i,j) ≤ (k,l) are kept, N = n(n−1)/2.
 * Indices 0-based.
 */
public final class RiemannTensor {

    private final int n;
    private final SymmetricMatrix byPairs; // null for n = 1 (no pairs)

    RiemannTensor(int n, SymmetricMatrix byPairs) {
        this.n = n;
        this.byPairs = byPairs;
    }

    public int dimension() {
        return n;
    }

    /** Number of stored components N(N+1)/2. */
    public int storedComponents() {
        return byPairs == null ? 0 : byPairs.independentComponents().size();
    }

    /** R_ijkl. */
    public Sym get(int i, int j, int k, int l) {
        if (i == j || k == l) {
            return Sym.ZERO;
        }
        int sign = (i < j ? 1 : -1) * (k < l ? 1 : -1);
        Sym v = byPairs.get(pair(n, Math.min(i, j), Math.max(i, j)), pair(n, Math.min(k, l), Math.max(k, l)));
        return sign > 0 ? v : v.negate();
    }

    /** Whether every component is exactly zero (flat). */
    public boolean isZero() {
        return byPairs == null || byPairs.independentComponents().stream().allMatch(Sym::isZero);
    }

    /** Index of the pair i &lt; j among the N = n(n−1)/2 pairs. */
    static int pair(int n, int i, int j) {
        return i * n - i * (i + 1) / 2 + (j - i - 1);
    }

    static int pairs(int n) {
        return n * (n - 1) / 2;
    }
}
