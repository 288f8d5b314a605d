package org.metricflow.symbolic.variation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.hipparchus.random.Well19937c;
import org.junit.jupiter.api.Test;
import org.metricflow.symbolic.cas.Simplification;
import org.metricflow.symbolic.cas.Sym;
import org.metricflow.symbolic.cas.ZeroTest;
import org.metricflow.symbolic.geometry.Chart;
import org.metricflow.symbolic.geometry.Metric;
import org.metricflow.symbolic.geometry.RiemannianGeometry;
import org.metricflow.symbolic.jet.JetSpace;

class EulerLagrangeTest {

    private static final Chart XY = Chart.of("x", "y");

    @Test
    void dirichletEnergyGivesMinusLaplacianAndBiharmonicEnergyGivesBilaplacian() {
        LocalFunctional dirichlet = new LocalFunctional("dirichlet", XY, List.of("u"),
                Sym.parse("(D(u(x,y),x)^2 + D(u(x,y),y)^2)/2"), Measure.coordinate());
        assertThat(EulerLagrange.derivative(dirichlet, "u", Simplification.RATIONAL))
                .isEqualTo(Sym.parse("-D(u(x,y),x,x) - D(u(x,y),y,y)").rational());
        LocalFunctional bi = new LocalFunctional("biharmonic", XY, List.of("u"),
                Sym.parse("(D(u(x,y),x,x) + D(u(x,y),y,y))^2/2"), Measure.coordinate());
        assertThat(EulerLagrange.derivative(bi, "u", Simplification.RATIONAL)).isEqualTo(
                Sym.parse("D(u(x,y),x,x,x,x) + 2*D(u(x,y),x,x,y,y) + D(u(x,y),y,y,y,y)").rational());
    }

    @Test
    void volumeVariationIsHalfTheInverseMetricTimesTheVolumeDensityWithTheSymmetricConvention() {
        RiemannianGeometry g = RiemannianGeometry.of(Metric.general(XY));
        LocalFunctional volume = new LocalFunctional("volume", XY, JetSpace.metricComponents(2), Sym.ONE,
                Measure.riemannian(g));
        var e = EulerLagrange.metricGradient(volume, Simplification.RATIONAL);
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                Sym expected = g.inverse().get(i, j).times(g.volumeDensity()).times(Sym.rational(1, 2));
                assertThat(ZeroTest.vanishes(e.get(i, j).minus(expected), new Well19937c(3), 2)).isTrue();
            }
        }
        // the raw Euler–Lagrange expression of the field g12 varies g_12 and g_21 together: twice E^{12}
        assertThat(ZeroTest.vanishes(EulerLagrange.derivative(volume, "g12", Simplification.RATIONAL)
                .minus(e.get(0, 1).times(2)), new Well19937c(3), 2)).isTrue();
    }

    @Test
    void eulerLagrangeMatchesFiniteDifferencesOfTheFunctionalOnTheTorus() {
        // F[u] = ∫ e^{u} (1 + u_x^2) u_yy^2 dx dy: a nonlinear second-order density
        LocalFunctional f = new LocalFunctional("test", XY, List.of("u"),
                Sym.parse("E^u(x,y)*(1 + D(u(x,y),x)^2)*D(u(x,y),y,y)^2"), Measure.coordinate());
        Sym el = EulerLagrange.derivative(f, "u", Simplification.RATIONAL);
        PeriodicQuadrature q = new PeriodicQuadrature(XY, PeriodicQuadrature.Embedding.REAL, 24);
        Map<String, Sym> u = Map.of("u", Sym.parse("Sin(x)*Cos(y)/2 + Cos(2*y)/5 + Sin(y)/4 + Cos(x)/3"));
        Sym h = Sym.parse("Sin(x)*Cos(y) + Cos(2*y)/3 + Sin(y)/4 + Cos(x) + Cos(x + y)/2");
        double fd = q.derivativeAlong(f.integrandJet(), u, Map.of("u", h), 1e-3);
        double pairing = q.integrate(JetExpression.of(el, XY, List.of("u")).times(h), u);
        assertThat(fd).isCloseTo(pairing, within(1e-9 * Math.abs(pairing)));
        assertThat(Math.abs(pairing)).isGreaterThan(0.1);
    }

    @Test
    void heatEquationHasSymbolMinusKSquared() {
        LinearisedSymbol s = LinearisedSymbol.of(XY, XY.coordinates(), List.of("u"),
                List.of(Sym.parse("D(u(x,y),x,x) + D(u(x,y),y,y) + u(x,y)^2")), Map.of("u", Sym.ZERO));
        assertThat(s.entry(0, 0)).isEqualTo(Sym.parse("-k1^2 - k2^2"));
        assertThat(s.growthRate(1, 2)).isCloseTo(-5.0, within(1e-12));
    }
}
