package org.metricflow.numeric.manifold;

import org.hipparchus.special.Gamma;

/**
 * Closed forms for the Fermat Calabi–Yau X_k = {Σ_{i=0}^{k−1} z_i^k = 0} ⊂ P^{k−1} (dimension d = k − 2), in the
 * conventions of {@link ProjectiveHypersurface} and {@code metric.PointGeometry}: Ω = dx_1∧…∧dx_d/(∂p/∂z_e),
 * μ_Ω = |Ω|² d^{2d}x.
 *
 * <p>Derivation of {@link #volumeOmega(int)} (docs/conventions.md, "Calabi–Yau conventions"): in the chart z_0 = 1 eliminating
 * z_{k−1}, X is a k-sheeted cover of C^d and |Ω|² = |k z_{k−1}^{k−1}|^{−2}, so
 * Vol_Ω = k^{−1} ∫_{C^d} |1 + Σ x_a^k|^{2/k−2} d^{2d}x. Substituting s_a = −x_a^k (k-to-one, d²x = d²s/(k²|s|^{2−2/k}))
 * gives k^{−(d+1)} ∫ Π|s_a|^{2/k−2} |1 − Σ s_a|^{2/k−2} d^{2d}s, the complex Dirichlet integral
 * π^d Π γ(a_i) γ(b)/γ(Σa_i + b) with γ(x) = Γ(x)/Γ(1−x), a_i = b = 1/k (iterate the complex Beta integral
 * ∫|s|^{2a−2}|1−s|^{2b−2}d²s = π γ(a)γ(b)/γ(a+b)). With Σa_i + b = (k−1)/k, γ((k−1)/k) = 1/γ(1/k):
 * <b>Vol_Ω = k^{1−k} π^{k−2} (Γ(1/k)/Γ(1−1/k))^k</b>. For k = 3 this equals the area √3/18 · B(1/3,1/3)² of the
 * period lattice 3I·Z[e^{2πi/3}], I = B(1/3,1/3)/9, an independent derivation.
 */
public final class FermatClosedForms {

    private FermatClosedForms() {
    }

    /** Vol_Ω = ∫_X |Ω|² d^{2d}x for the Fermat hypersurface with k ≥ 3 coordinates. */
    public static double volumeOmega(int k) {
        if (k < 3) {
            throw new IllegalArgumentException("Fermat Calabi-Yau needs k >= 3 coordinates, got " + k);
        }
        double gammaRatio = Gamma.gamma(1.0 / k) / Gamma.gamma(1.0 - 1.0 / k);
        return Math.pow(k, 1 - k) * Math.pow(Math.PI, k - 2) * Math.pow(gammaRatio, k);
    }

    /**
     * ⟨|Ω|²/det g_FS⟩ under the normalised FS measure = Vol_Ω/Vol_FS with Vol_FS = k/(k−2)!
     * (g_FS = (1/π)∂∂̄ ln|z|²).
     */
    public static double meanOmegaOverFubiniStudy(int k) {
        return volumeOmega(k) / fermat(k).volumeFubiniStudy();
    }

    private static ProjectiveHypersurface fermat(int k) {
        return ProjectiveHypersurface.fermat(k);
    }
}
