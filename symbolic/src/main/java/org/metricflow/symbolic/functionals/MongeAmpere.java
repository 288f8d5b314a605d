package org.metricflow.symbolic.functionals;

import org.metricflow.symbolic.cas.Simplification;
import org.metricflow.symbolic.cas.Sym;
import org.metricflow.symbolic.geometry.KahlerGeometry;
import org.metricflow.symbolic.geometry.Lazy;

/**
 * The Monge–Ampère quantities of Appendix B for g = g⁰ + ∂∂̄φ: η = J^n/(κ|Ω|²) (eq. B.10, B.11) normalised so
 * that η = 1 at the Calabi–Yau metric; with μ_CY = |Ω|² d^{2n}x and a Ricci-flat background g⁰ this is
 * η = det g / det g⁰ (on the flat torus |Ω|² = 1, det g⁰ = 1). The σ-loss is σ = |1 − η|.
 */
public final class MongeAmpere {

    /** The symbol standing for η in user functions F(η). */
    public static final String ETA = "eta";

    private final KahlerPotentialSetting setting;
    private final Lazy<KahlerGeometry> geometry;
    private final Lazy<Sym> eta;

    public MongeAmpere(KahlerPotentialSetting setting) {
        this.setting = setting;
        this.geometry = Lazy.of(setting::geometry);
        this.eta = Lazy.of(() -> Simplification.RATIONAL.apply(geometry().determinant()
                .divide(setting.backgroundGeometry().determinant())));
    }

    public KahlerPotentialSetting setting() {
        return setting;
    }

    public KahlerGeometry geometry() {
        return geometry.get();
    }

    /** η = det g / det g⁰ (function form in φ). */
    public Sym eta() {
        return eta.get();
    }

    /** σ = |1 − η| (eq. B.11). */
    public Sym sigma() {
        return Sym.ONE.minus(eta()).abs();
    }

    /** F(η) with the symbol {@value #ETA} replaced by η. */
    public Sym compose(Sym functionOfEta) {
        return functionOfEta.replace(Sym.symbol(ETA), eta());
    }
}
