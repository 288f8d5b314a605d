package org.metricflow.symbolic.functionals;

import org.metricflow.symbolic.cas.Simplification;
import org.metricflow.symbolic.cas.Sym;
import org.metricflow.symbolic.geometry.KahlerGeometry;
import org.metricflow.symbolic.geometry.Lazy;
import org.metricflow.symbolic.variation.EulerLagrange;
import org.metricflow.symbolic.variation.LocalFunctional;
import org.metricflow.symbolic.variation.Measure;

/**
 * Calabi's functional E = ∫ R² J^n (paper eq. B.7) and Calabi flow (B.8, B.9) for g = g⁰ + ∂∂̄φ.
 *
 * <p>R is the Kähler scalar curvature g^{ab̄}R_{ab̄} = −g^{ab̄}∂_a∂̄_b ln det g (positive on CP^n); J^n ∝ det g d^{2n}x,
 * taken here as det g d^{2n}x. Calabi flow is ∂_t φ = R (so ∂_t g_{ab̄} = ∂_a∂̄_b R, the first part of (B.8));
 * it is fourth order in φ, decreases E (dE/dt = ∫ (δE/δφ) R ≤ 0) and is linearly stable at a flat metric (symbol
 * −(|k|²/4)²). It is the L² gradient descent of Mabuchi's K-energy, not of E, whose L² gradient δE/δφ is an
 * eighth-order operator. The paper's R = g^{ab̄}∂_a∂̄_b ln g in (B.8) and ∂_t φ = Δ ln det g in (B.9) have the
 * opposite sign: (B.9) is −R, backward Calabi flow, which increases E and is linearly unstable (+(|k|²/4)²).
 */
public final class Calabi {

    private final KahlerPotentialSetting setting;
    private final Lazy<KahlerGeometry> geometry;
    private final Lazy<LocalFunctional> functional;
    private final Lazy<Sym> energyGradient;

    public Calabi(KahlerPotentialSetting setting) {
        this.setting = setting;
        this.geometry = Lazy.of(setting::geometry);
        this.functional = Lazy.of(() -> new LocalFunctional("calabi", setting.complexifiedChart(), setting.fields(),
                geometry().scalar().pow(2), new Measure("det g d^2n x", geometry().determinant())));
        this.energyGradient = Lazy.of(() -> EulerLagrange.derivative(functional(), KahlerPotentialSetting.POTENTIAL,
                Simplification.RATIONAL));
    }

    public KahlerPotentialSetting setting() {
        return setting;
    }

    public KahlerGeometry geometry() {
        return geometry.get();
    }

    /** E = ∫ R² det g d^{2n}x. */
    public LocalFunctional functional() {
        return functional.get();
    }

    /** δE/δφ (density with respect to d^{2n}x; eighth order in φ). */
    public Sym energyGradient() {
        return energyGradient.get();
    }

    /** R = g^{ab̄}R_{ab̄} = −g^{ab̄}∂_a∂̄_b ln det g. */
    public Sym scalar() {
        return geometry().scalar();
    }

    /** The paper's second equation of (B.8): g^{ab̄}∂_a∂̄_b ln det g (which is −R). */
    public Sym scalarAsPrinted() {
        return geometry().laplacian(geometry().determinant().log());
    }

    /** Calabi flow of the potential as a combination of invariants: ∂_t φ = R. */
    public static PotentialVelocityForm velocityForm() {
        return new PotentialVelocityForm(0, 1);
    }

    /** Calabi flow of the potential: ∂_t φ = R. */
    public Sym potentialVelocity() {
        return velocityForm().apply(geometry(), setting.backgroundGeometry());
    }

    /** (B.9) as printed: ∂_t φ = Δ ln det g (Kähler Laplacian), which is −R. */
    public Sym potentialVelocityAsPrinted() {
        return scalarAsPrinted();
    }

    /** The metric velocity of Calabi flow: ∂_t g_{ab̄} = ∂_a∂̄_b R (first part of B.8). */
    public Sym metricVelocity(int a, int b) {
        return Simplification.RATIONAL.apply(scalar().d(setting.chart().z(a)).d(setting.chart().zbar(b)));
    }
}
