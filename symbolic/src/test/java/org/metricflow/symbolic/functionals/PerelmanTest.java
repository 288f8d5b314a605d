package org.metricflow.symbolic.functionals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hipparchus.random.Well19937c;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.metricflow.symbolic.cas.JetVariables;
import org.metricflow.symbolic.cas.Sym;
import org.metricflow.symbolic.cas.ZeroTest;
import org.metricflow.symbolic.geometry.RiemannianGeometry;
import org.metricflow.symbolic.geometry.SymmetricMatrix;
import org.metricflow.symbolic.variation.JetExpression;
import org.metricflow.symbolic.variation.LocalFunctional;
import org.metricflow.symbolic.variation.Measure;
import org.metricflow.symbolic.variation.PeriodicQuadrature;

/** Perelman's functional: Euler–Lagrange route vs hand-derived formulas vs finite differences on T². */
class PerelmanTest {

    private static Perelman p;
    private static Map<String, Sym> fields;
    private static PeriodicQuadrature torus;

    @BeforeAll
    static void setUp() {
        p = Perelman.general(2);
        fields = Map.of("g11", Sym.parse("1 + Sin(x)*Cos(y)/5"), "g12", Sym.parse("Cos(x + y)/10"),
                "g22", Sym.parse("1 + Cos(2*y)/6 + Sin(x)/7"), "phi", Sym.parse("Sin(x)/3 + Cos(y)/4 + Sin(x+y)/5"));
        torus = new PeriodicQuadrature(p.chart(), PeriodicQuadrature.Embedding.REAL, 20);
    }

    private static boolean identical(Sym a, Sym b) {
        return ZeroTest.vanishes(a.minus(b).divide(p.measureDensity()), new Well19937c(5), 2);
    }

    @Test
    void freeVariationMatchesPerelmansFormula() {
        RiemannianGeometry g = p.geometry();
        Sym phi = p.dilaton();
        Sym mu = p.measureDensity();
        Sym bracket = g.laplacian(phi).times(2).minus(g.gradientNormSquared(phi)).plus(g.scalar());
        SymmetricMatrix ricUp = g.raise(g.ricci());
        SymmetricMatrix hessUp = g.raise(g.hessian(phi));
        for (int i = 0; i < 2; i++) {
            for (int j = i; j < 2; j++) {
                Sym expected = mu.times(ricUp.get(i, j).plus(hessUp.get(i, j)).negate()
                        .plus(g.inverse().get(i, j).times(bracket).times(Sym.rational(1, 2))));
                assertThat(identical(p.metricGradient().get(i, j), expected)).as("E^%d%d", i, j).isTrue();
            }
        }
        assertThat(identical(p.dilatonGradient(), mu.times(bracket).negate())).isTrue();
    }

    @Test
    void eulerLagrangeRouteGivesMinusTwoRicciPlusHessianAndRicciFlowUpToLieDerivative() {
        SymmetricMatrix viaEl = p.flowVelocity();
        SymmetricMatrix viaCurvature = p.curvatureFlowVelocity();
        SymmetricMatrix lie = p.lieDerivativeAlongGradient();
        for (int i = 0; i < 2; i++) {
            for (int j = i; j < 2; j++) {
                assertThat(identical(viaEl.get(i, j), viaCurvature.get(i, j))).isTrue();
                assertThat(identical(viaCurvature.get(i, j), p.ricciFlowVelocity().get(i, j).minus(lie.get(i, j))))
                        .isTrue();
            }
        }
        assertThat(identical(p.dilatonVelocity(viaCurvature), p.perelmanDilatonVelocity())).isTrue();
    }

    @Test
    void firstVariationMatchesFiniteDifferencesOnTheTorus() {
        Map<String, Sym> direction = Map.of("g11", Sym.parse("Cos(y) + Sin(2*x)/2"), "g12",
                Sym.parse("Sin(x)*Sin(y)"), "g22", Sym.parse("Cos(x)"), "phi", Sym.parse("Cos(x - y) + Sin(y)/3"));
        double fd = torus.derivativeAlong(p.functional().integrandJet(), fields, direction, 1e-3);
        double pairing = 0;
        for (String f : p.fields()) {
            Sym el = f.equals("phi") ? p.dilatonGradient() : elOfComponent(f);
            pairing += torus.integrate(JetExpression.of(el, p.chart(), p.fields()).times(direction.get(f)), fields);
        }
        assertThat(Math.abs(pairing)).isGreaterThan(0.1);
        assertThat(fd).isCloseTo(pairing, within(1e-8 * Math.abs(pairing)));
    }

    /** The raw Euler–Lagrange expression of the field gij: E^{ij} + E^{ji}. */
    private static Sym elOfComponent(String f) {
        int i = f.charAt(1) - '1';
        int j = f.charAt(2) - '1';
        return i == j ? p.metricGradient().get(i, j) : p.metricGradient().get(i, j).times(2);
    }

    @Test
    void flowIncreasesFAtTheRateTwiceTheSquaredNormAndPreservesTheMeasure() {
        List<Sym> coords = p.chart().coordinates();
        SymmetricMatrix v = p.curvatureFlowVelocity();
        Map<String, Sym> direction = new HashMap<>();
        direction.put("g11", JetVariables.substituteFields(v.get(0, 0), coords, fields));
        direction.put("g12", JetVariables.substituteFields(v.get(0, 1), coords, fields));
        direction.put("g22", JetVariables.substituteFields(v.get(1, 1), coords, fields));
        direction.put("phi", JetVariables.substituteFields(p.perelmanDilatonVelocity(), coords, fields));
        double dF = torus.derivativeAlong(p.functional().integrandJet(), fields, direction, 1e-4);
        // 2 ∫ |Ric + ∇∇φ|² e^{−φ} dV = ½ ∫ v_ij v^ij e^{−φ} dV
        SymmetricMatrix vUp = p.geometry().raise(v);
        Sym rate = v.contract(vUp).times(p.measureDensity()).times(Sym.rational(1, 2));
        double expected = torus.integrate(JetExpression.of(rate, p.chart(), p.fields()), fields);
        assertThat(expected).isGreaterThan(0.01);
        assertThat(dF).isCloseTo(expected, within(1e-7 * expected));
        LocalFunctional mass = new LocalFunctional("mass", p.chart(), p.fields(), Sym.ONE,
                Measure.weighted(p.geometry(), p.dilaton()));
        double dMass = torus.derivativeAlong(mass.integrandJet(), fields, direction, 1e-4);
        assertThat(dMass).isCloseTo(0.0, within(1e-9));
    }

    @Test
    void localNetworkFlowOfLoss242IsNotPerelmansFlow() {
        // at the test fields, compare E^{ij} (what (2.14) with (2.42) gives) with −2(R_ij + ∇_i∇_jφ)
        List<Sym> coords = p.chart().coordinates();
        Sym nn = JetVariables.substituteFields(p.localNetworkVelocity().get(0, 0), coords, fields);
        Sym perelman = JetVariables.substituteFields(p.curvatureFlowVelocity().get(0, 0), coords, fields);
        Map<Sym, Sym> point = Map.of(coords.get(0), Sym.rational(3, 10), coords.get(1), Sym.rational(7, 10));
        double a = nn.substitute(point).toDouble();
        double b = perelman.substitute(point).toDouble();
        assertThat(Math.abs(a - b)).isGreaterThan(0.05 * Math.abs(b));
    }
}
