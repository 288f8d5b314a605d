package org.metricflow.symbolic.functionals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.hipparchus.random.Well19937c;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.metricflow.symbolic.cas.Simplification;
import org.metricflow.symbolic.cas.Sym;
import org.metricflow.symbolic.cas.ZeroTest;
import org.metricflow.symbolic.geometry.Chart;
import org.metricflow.symbolic.variation.EulerLagrange;
import org.metricflow.symbolic.variation.JetExpression;
import org.metricflow.symbolic.variation.LinearisedSymbol;
import org.metricflow.symbolic.variation.LocalFunctional;
import org.metricflow.symbolic.variation.Measure;
import org.metricflow.symbolic.variation.PeriodicQuadrature;

/** Appendix B on the flat torus T² (one complex dimension): Euler–Lagrange vs finite differences vs the paper. */
class KahlerFlowsTest {

    private static KahlerPotentialSetting torus;
    private static Chart chart;
    private static PeriodicQuadrature quadrature;
    private static Sym phi0;
    private static Sym psi;

    @BeforeAll
    static void setUp() {
        torus = KahlerPotentialSetting.flatTorus(1);
        chart = torus.complexifiedChart();
        quadrature = torus.torus(32);
        List<Sym> xy = torus.realCoordinates();
        Map<Sym, Sym> real = Map.of(Sym.symbol("X"), xy.get(0), Sym.symbol("Y"), xy.get(1));
        phi0 = Sym.parse("Sin(X)*Cos(Y)/5 + Cos(X+Y)/7 + Sin(2*Y)/9").substitute(real);
        psi = Sym.parse("Cos(X)/2 + Sin(X)*Sin(Y)/3 + Cos(2*X+Y)/4").substitute(real);
    }

    private static boolean identical(Sym a, Sym b) {
        return ZeroTest.vanishes(a.minus(b), new Well19937c(9), 2);
    }

    private static Sym symbol(Sym velocity) {
        return LinearisedSymbol.of(chart, torus.realCoordinates(), torus.fields(), List.of(velocity),
                Map.of("phi", Sym.ZERO)).entry(0, 0).expand();
    }

    /** FD of the functional along ψ vs ∫ density·ψ, relative difference. */
    private static double firstVariationMismatch(LocalFunctional f, Sym density) {
        double fd = quadrature.derivativeAlong(f.integrandJet(), Map.of("phi", phi0), Map.of("phi", psi), 1e-3);
        double pairing = quadrature.integrate(JetExpression.of(density, chart, torus.fields()).times(psi),
                Map.of("phi", phi0));
        return Math.abs(fd - pairing) / Math.abs(fd);
    }

    @Test
    void kahlerRicciFlowIsHamiltonsFlowAtHalfSpeedAndItsPotentialFormIsStable() {
        KahlerRicci krf = new KahlerRicci(torus);
        assertThat(identical(krf.hamiltonMetricVelocity(0, 0), krf.metricVelocityAsPrinted(0, 0).times(2))).isTrue();
        Sym ddbar = krf.potentialVelocity().d(chart.coordinate(0)).d(chart.coordinate(1));
        assertThat(identical(ddbar, krf.metricVelocityAsPrinted(0, 0))).isTrue();
        assertThat(symbol(krf.potentialVelocity())).isEqualTo(Sym.parse("-(k1^2 + k2^2)/4").expand());
    }

    @Test
    void calabiFlowHasTheSignOppositeToB9AndDecreasesTheCalabiEnergy() {
        Calabi calabi = new Calabi(torus);
        assertThat(identical(calabi.scalarAsPrinted(), calabi.scalar().negate())).isTrue();
        assertThat(firstVariationMismatch(calabi.functional(), calabi.energyGradient())).isLessThan(1e-6);
        // dE/dt = ∫ (δE/δφ) ∂_tφ
        Sym rate = calabi.energyGradient().times(calabi.potentialVelocity());
        double dEdt = quadrature.integrate(JetExpression.of(rate, chart, torus.fields()), Map.of("phi", phi0));
        assertThat(dEdt).isLessThan(-0.1);
        assertThat(symbol(calabi.potentialVelocity())).isEqualTo(Sym.parse("-(k1^2 + k2^2)^2/16").expand());
        assertThat(symbol(calabi.potentialVelocityAsPrinted())).isEqualTo(Sym.parse("(k1^2 + k2^2)^2/16").expand());
    }

    @Test
    void ultraLocalVariationIsHalfOfB13AndEntropyGivesCalabiFlow() {
        UltraLocalEnergy quadratic = UltraLocalEnergy.quadratic(torus);
        assertThat(identical(quadratic.gradient(), quadratic.gradientFormula())).isTrue();
        assertThat(identical(quadratic.gradient(), quadratic.gradientAsPrinted())).isFalse();
        assertThat(firstVariationMismatch(quadratic.functional(), quadratic.gradientFormula())).isLessThan(1e-6);
        assertThat(firstVariationMismatch(quadratic.functional(), quadratic.gradientAsPrinted()))
                .isCloseTo(1.0, within(1e-6));
        assertThat(symbol(quadratic.hMinusOneFlow())).isEqualTo(Sym.parse("-(k1^2 + k2^2)/2").expand());
        assertThat(symbol(quadratic.flowAsPrinted())).isEqualTo(Sym.parse("(k1^2 + k2^2)/2").expand());
        assertThat(symbol(quadratic.l2Flow())).isEqualTo(Sym.parse("-(k1^2 + k2^2)^2/8").expand());
        UltraLocalEnergy entropy = UltraLocalEnergy.entropy(torus);
        assertThat(identical(entropy.l2Flow(), new Calabi(torus).scalar())).isTrue();
    }

    @Test
    void twoDerivativeVariationIsNotB16() {
        TwoDerivativeEnergy e = new TwoDerivativeEnergy(torus);
        Sym corrected = EulerLagrange.derivative(new LocalFunctional("corrected", chart, e.variationFields(),
                e.firstVariation(), Measure.coordinate()), TwoDerivativeEnergy.VARIATION, Simplification.RATIONAL);
        Sym printed = EulerLagrange.derivative(new LocalFunctional("printed", chart, e.variationFields(),
                e.firstVariationAsPrinted(), Measure.coordinate()), TwoDerivativeEnergy.VARIATION,
                Simplification.RATIONAL);
        assertThat(identical(e.gradient(), corrected)).isTrue();
        assertThat(identical(e.gradient(), printed)).isFalse();
        assertThat(firstVariationMismatch(e.functional(), e.gradient())).isLessThan(1e-6);
        assertThat(symbol(e.flowAsPrinted())).isEqualTo(Sym.parse("-(k1^2 + k2^2)/8").expand());
    }
}
