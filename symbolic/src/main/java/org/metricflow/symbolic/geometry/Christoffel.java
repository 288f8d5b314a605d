package org.metricflow.symbolic.geometry;

import org.metricflow.symbolic.cas.Sym;

/**
 * Christoffel symbols of the second kind Γ^k_ij = ½ g^{kl}(∂_i g_jl + ∂_j g_il − ∂_l g_ij) of the Levi-Civita
 * connection. Symmetric in the lower pair: only i ≤ j is stored. Indices 0-based.
 */
public final class Christoffel {

    private final SymmetricMatrix[] byUpper;

    Christoffel(SymmetricMatrix[] byUpper) {
        this.byUpper = byUpper.clone();
    }

    public int dimension() {
        return byUpper.length;
    }

    /** Γ^k_ij. */
    public Sym get(int k, int i, int j) {
        return byUpper[k].get(i, j);
    }
}
