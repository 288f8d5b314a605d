package org.metricflow.symbolic.functionals;

import org.metricflow.symbolic.cas.Simplification;
import org.metricflow.symbolic.cas.Sym;
import org.metricflow.symbolic.geometry.Lazy;
import org.metricflow.symbolic.variation.EulerLagrange;
import org.metricflow.symbolic.variation.LocalFunctional;
import org.metricflow.symbolic.variation.Measure;

/**
 * The ultra-local energy E = ∫ F(η) μ_CY (paper eq. B.12), μ_CY = d^{2n}x on the flat torus.
 *
 * <p>Since δη = η g^{ab̄}∂_a∂̄_b δφ and ∂_a(det g · g^{ab̄}) = 0 (Kähler), δE = ∫ μ_J Δ F'(η) δφ with
 * Δ = g^{ab̄}∂_a∂̄_b and μ_J = J^n/n! = η μ_CY (paper normalisation J = (i/2) g dz∧dz̄, so μ_J = det g d^{2n}x).
 * The paper's (B.13), δE = ½ ∫ μ_J ∇² F'(η) δφ, is a normalisation ambiguity: exact with ∇² read as 2Δ (the
 * Laplacian of ds² = 2g dz dz̄) and this μ_J; twice this with the Laplacian ∇² = 4Δ of the paper's real metric
 * g_{ab̄}dz^a dz̄^b (the factor would be ¼); 2ⁿ times this if μ_J is taken from ds² = 2g dz dz̄ as well.
 *
 * <p>Gradient flows of E for g = g⁰ + ∂∂̄φ: in the L² metric ∫ a b μ_J, ∂_t φ = −Δ F'(η) (fourth order; for
 * F = η ln η this is −Δ ln η = R, Calabi flow, because ∂∂̄ ln |Ω|² = 0); in the metric ∫ a (−Δ) b μ_J,
 * ∂_t φ = +F'(η) (second order; for F = (η−1)² this is 2(η − 1)). The paper's (B.21),
 * ∂_t φ = −2(η − 1), is the gradient <em>ascent</em> of the latter (linearly unstable, symbol +|k|²/2 at the flat
 * torus), and its second equality drops the −1.
 */
public final class UltraLocalEnergy {

    private final MongeAmpere mongeAmpere;
    private final Sym f;
    private final Lazy<LocalFunctional> functional;
    private final Lazy<Sym> gradient;

    /**
     * @param setting the Kähler setting
     * @param f       F as an expression in the symbol {@value MongeAmpere#ETA}, e.g. {@code (eta-1)^2}
     */
    public UltraLocalEnergy(KahlerPotentialSetting setting, Sym f) {
        this.mongeAmpere = new MongeAmpere(setting);
        this.f = f;
        this.functional = Lazy.of(() -> new LocalFunctional("ultralocal " + f, setting.complexifiedChart(),
                setting.fields(), mongeAmpere.compose(f), Measure.coordinate()));
        this.gradient = Lazy.of(() -> EulerLagrange.derivative(functional(), KahlerPotentialSetting.POTENTIAL,
                Simplification.RATIONAL));
    }

    /** F = (η − 1)², the paper's choice (B.14). */
    public static UltraLocalEnergy quadratic(KahlerPotentialSetting setting) {
        return new UltraLocalEnergy(setting, Sym.parse("(eta - 1)^2"));
    }

    /** F = η ln η (the negative entropy). */
    public static UltraLocalEnergy entropy(KahlerPotentialSetting setting) {
        return new UltraLocalEnergy(setting, Sym.parse("eta*Log(eta)"));
    }

    public MongeAmpere mongeAmpere() {
        return mongeAmpere;
    }

    public LocalFunctional functional() {
        return functional.get();
    }

    /** δE/δφ from the Euler–Lagrange operator (density w.r.t. d^{2n}x). */
    public Sym gradient() {
        return gradient.get();
    }

    /** F'(η) as a function of φ. */
    public Sym derivativeOfF() {
        return mongeAmpere.compose(f.d(Sym.symbol(MongeAmpere.ETA)));
    }

    /** The corrected (B.13) density: μ_J Δ F'(η) = det g · g^{ab̄}∂_a∂̄_b F'(η). */
    public Sym gradientFormula() {
        return Simplification.RATIONAL.apply(mongeAmpere.geometry().laplacian(derivativeOfF())
                .times(mongeAmpere.geometry().determinant()));
    }

    /** (B.13) as printed, in the paper's conventions: ½ μ_J ∇² F' = 2 det g · g^{ab̄}∂_a∂̄_b F'(η). */
    public Sym gradientAsPrinted() {
        return Simplification.RATIONAL.apply(gradientFormula().times(2));
    }

    /** L² gradient descent: ∂_t φ = −Δ F'(η). */
    public Sym l2Flow() {
        return Simplification.RATIONAL.apply(mongeAmpere.geometry().laplacian(derivativeOfF()).negate());
    }

    /** Gradient descent in the metric ∫ a(−Δ)b μ_J: ∂_t φ = F'(η). */
    public Sym hMinusOneFlow() {
        return derivativeOfF();
    }

    /** (B.21) as printed (first form, F = (η−1)²): ∂_t φ = −F'(η). */
    public Sym flowAsPrinted() {
        return derivativeOfF().negate();
    }
}
