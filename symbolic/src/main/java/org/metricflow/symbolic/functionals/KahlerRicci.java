package org.metricflow.symbolic.functionals;

import org.metricflow.symbolic.cas.Sym;
import org.metricflow.symbolic.geometry.KahlerGeometry;
import org.metricflow.symbolic.geometry.Lazy;

/**
 * Kähler–Ricci flow (paper eqs. B.3, B.4) for g = g⁰ + ∂∂̄φ.
 *
 * <p>With the real metric ds² = 2 g_{ab̄}dz^a dz̄^b (see {@link KahlerGeometry}), Hamilton's Ricci flow
 * ∂_t g = −2 Ric (eq. 2.39) reads ∂_t g_{ab̄} = −2 R_{ab̄} = 2 ∂_a∂̄_b ln det g; the paper's (B.4),
 * ∂_t g_{ab̄} = ∂_a∂̄_b ln det g, is this flow with time rescaled t → 2t (the usual normalised Kähler–Ricci flow).
 * With the paper's own J = (i/2) g dz∧dz̄ the real metric is g_{ab̄}dz^a dz̄^b, Hamilton's flow is
 * ∂_t g_{ab̄} = 4 ∂_a∂̄_b ln det g and (B.4) is t → 4t (a quarter of Hamilton's speed). On a Ricci-flat background the flow of (B.4) is induced by the potential flow
 * ∂_t φ = ln(det g / det g⁰) (up to a constant).
 */
public final class KahlerRicci {

    private final KahlerPotentialSetting setting;
    private final Lazy<KahlerGeometry> geometry;

    public KahlerRicci(KahlerPotentialSetting setting) {
        this.setting = setting;
        this.geometry = Lazy.of(setting::geometry);
    }

    public KahlerPotentialSetting setting() {
        return setting;
    }

    public KahlerGeometry geometry() {
        return geometry.get();
    }

    /** (B.4) as printed: ∂_a∂̄_b ln det g (= −R_{ab̄}). */
    public Sym metricVelocityAsPrinted(int a, int b) {
        return geometry().ricci(a, b).negate();
    }

    /** Hamilton's Ricci flow in complex components (convention ds² = 2 g dz dz̄): −2 R_{ab̄}. */
    public Sym hamiltonMetricVelocity(int a, int b) {
        return geometry().ricci(a, b).times(-2);
    }

    /** The potential flow of (B.4) as a combination of invariants: ∂_t φ = ln det g − ln det g⁰. */
    public static PotentialVelocityForm velocityForm() {
        return new PotentialVelocityForm(1, 0);
    }

    /** The potential flow of (B.4): ∂_t φ = ln det g − ln det g⁰. */
    public Sym potentialVelocity() {
        return velocityForm().apply(geometry(), setting.backgroundGeometry());
    }
}
