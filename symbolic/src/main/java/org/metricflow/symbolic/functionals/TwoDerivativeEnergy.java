package org.metricflow.symbolic.functionals;

import java.util.List;
import org.metricflow.symbolic.cas.Simplification;
import org.metricflow.symbolic.cas.Sym;
import org.metricflow.symbolic.geometry.KahlerGeometry;
import org.metricflow.symbolic.geometry.Lazy;
import org.metricflow.symbolic.variation.EulerLagrange;
import org.metricflow.symbolic.variation.LocalFunctional;
import org.metricflow.symbolic.variation.Measure;

/**
 * The two-derivative energy E = ∫ μ_CY g^{ab̄} ∂_aη ∂̄_bη (paper eq. B.15), μ_CY = d^{2n}x on the flat torus, and the
 * flow (B.19, B.20) ∂_t φ = −η^{−1/2}.
 *
 * <p>The paper's first variation (B.16), δE = 4 ∫ μ_CY η^{1/2} ∂^a∂̄^b δφ ∂_a∂̄_b η^{−1/2}, is represented here by
 * its integrand with the variation as a second field {@value #VARIATION}, the indices raised with g:
 * ∂^a∂̄^b δφ ∂_a∂̄_b η^{−1/2} = tr(g⁻¹ (∂∂̄δφ) g⁻¹ (∂∂̄η^{−1/2})). It is not the first variation of (B.15).
 * Varying g^{ab̄} and η = det g (flat background, μ_CY = d^{2n}x) and using ∂_a(det g · g^{ab̄}) = 0 gives
 * δE = −∫ μ_CY [∂^cη ∂̄^dη + 2η² (Δ ln η) g^{cd̄}] ∂_c∂̄_d δφ, with ∂^cη = g^{cb̄}∂̄_bη, ∂̄^dη = g^{ad̄}∂_aη and
 * Δ = g^{ab̄}∂_a∂̄_b; in one complex dimension this is −4 ∫ μ_CY η^{−1/2} (∂∂̄η^{1/2}) ∂∂̄δφ ({@link #firstVariation}).
 * So (B.19), ∂_t g = −∂∂̄η^{−1/2}, is not the gradient flow of (B.15) that (B.16) would make it; it still
 * decreases E near η = 1 and is linearly stable there (symbol −|k|²/8).
 */
public final class TwoDerivativeEnergy {

    /** The field standing for the variation δφ in first-variation integrands. */
    public static final String VARIATION = "psi";

    private final KahlerPotentialSetting setting;
    private final MongeAmpere mongeAmpere;
    private final Lazy<LocalFunctional> functional;
    private final Lazy<Sym> gradient;

    public TwoDerivativeEnergy(KahlerPotentialSetting setting) {
        this.setting = setting;
        this.mongeAmpere = new MongeAmpere(setting);
        this.functional = Lazy.of(() -> {
            Sym eta = mongeAmpere.eta();
            return new LocalFunctional("two-derivative", setting.complexifiedChart(), setting.fields(),
                    mongeAmpere.geometry().innerProduct(eta, eta), Measure.coordinate());
        });
        this.gradient = Lazy.of(() -> EulerLagrange.derivative(functional(), KahlerPotentialSetting.POTENTIAL,
                Simplification.RATIONAL));
    }

    public MongeAmpere mongeAmpere() {
        return mongeAmpere;
    }

    public LocalFunctional functional() {
        return functional.get();
    }

    /** δE/δφ from the Euler–Lagrange operator (sixth order in φ). */
    public Sym gradient() {
        return gradient.get();
    }

    /** The fields of first-variation integrands: φ and the variation {@value #VARIATION}. */
    public List<String> variationFields() {
        return List.of(KahlerPotentialSetting.POTENTIAL, VARIATION);
    }

    /** (B.16) as printed: the integrand 4 η^{1/2} tr(g⁻¹ ∂∂̄ψ g⁻¹ ∂∂̄η^{−1/2}) of δE in the direction ψ. */
    public Sym firstVariationAsPrinted() {
        Sym psi = setting.chart().field(VARIATION);
        Sym eta = mongeAmpere.eta();
        return Simplification.RATIONAL.apply(eta.sqrt().times(4)
                .times(pairing(psi, eta.pow(Sym.rational(-1, 2)))));
    }

    /** The corrected first variation: −[∂^cη ∂̄^dη + 2η²(Δ ln η) g^{cd̄}] ∂_c∂̄_d ψ (flat background). */
    public Sym firstVariation() {
        KahlerGeometry g = mongeAmpere.geometry();
        Sym psi = setting.chart().field(VARIATION);
        Sym eta = mongeAmpere.eta();
        int n = setting.chart().dimension();
        List<Sym> terms = new java.util.ArrayList<>();
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                for (int c = 0; c < n; c++) {
                    for (int d = 0; d < n; d++) {
                        terms.add(g.inverse(d, a).times(eta.d(setting.chart().z(a))).times(g.inverse(b, c))
                                .times(eta.d(setting.chart().zbar(b)))
                                .times(psi.d(setting.chart().z(c)).d(setting.chart().zbar(d))));
                    }
                }
            }
        }
        terms.add(eta.pow(2).times(2).times(g.laplacian(eta.log())).times(g.laplacian(psi)));
        return Simplification.RATIONAL.apply(Sym.sum(terms).negate());
    }

    /** tr(g⁻¹ (∂∂̄u) g⁻¹ (∂∂̄w)) = Σ g^{b̄a} ∂_a∂̄_d u g^{d̄c} ∂_c∂̄_b w. */
    public Sym pairing(Sym u, Sym w) {
        KahlerGeometry g = mongeAmpere.geometry();
        int n = setting.chart().dimension();
        List<Sym> terms = new java.util.ArrayList<>();
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                for (int c = 0; c < n; c++) {
                    for (int d = 0; d < n; d++) {
                        terms.add(g.inverse(b, a).times(u.d(setting.chart().z(a)).d(setting.chart().zbar(d)))
                                .times(g.inverse(d, c)).times(w.d(setting.chart().z(c)).d(setting.chart().zbar(b))));
                    }
                }
            }
        }
        return Sym.sum(terms);
    }

    /** (B.20): ∂_t φ = −η^{−1/2}. */
    public Sym flowAsPrinted() {
        return mongeAmpere.eta().pow(Sym.rational(-1, 2)).negate();
    }
}
