package org.metricflow.symbolic.functionals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.hipparchus.random.Well19937c;
import org.junit.jupiter.api.Test;
import org.metricflow.symbolic.cas.JetVariables;
import org.metricflow.symbolic.cas.Simplification;
import org.metricflow.symbolic.cas.Sym;
import org.metricflow.symbolic.cas.ZeroTest;
import org.metricflow.symbolic.geometry.Chart;
import org.metricflow.symbolic.geometry.Metric;
import org.metricflow.symbolic.variation.JetExpression;
import org.metricflow.symbolic.variation.PeriodicQuadrature;

class ReferenceDerivationsTest {

    @Test
    void diagonalCurvatureReducesToTheConformallyFlatFormula() {
        // e^{2u} δ in 3 dimensions: R = −e^{−2u}(4Δu + 2|∇u|²), for every normalisation
        Chart c = Chart.of("x", "y", "z");
        Sym conformal = Sym.parse("E^(2*u(x,y,z))");
        Sym expected = Sym.parse("-E^(-2*u(x,y,z))*(4*(D(u(x,y,z),x,x)+D(u(x,y,z),y,y)+D(u(x,y,z),z,z))"
                + " + 2*(D(u(x,y,z),x)^2+D(u(x,y,z),y)^2+D(u(x,y,z),z)^2))");
        for (Simplification s : List.of(Simplification.NONE, Simplification.RATIONAL)) {
            Sym r = JetVariables.substituteFields(ReferenceDerivations.diagonalScalarCurvature3d(s), c.coordinates(),
                    Map.of("a", conformal, "b", conformal, "c", conformal));
            assertThat(ZeroTest.vanishes(r.minus(expected), new Well19937c(4), 2)).as(s.name()).isTrue();
        }
        assertThat(ZeroTest.vanishes(ReferenceDerivations.conformalScalarCurvature2d(Simplification.EXPAND)
                .minus(Sym.parse("-2*E^(-2*u(x,y))*(D(u(x,y),x,x)+D(u(x,y),y,y))")), new Well19937c(4), 2)).isTrue();
    }

    @Test
    void perelmanConformalEquationsMatchFiniteDifferences() {
        Chart c = Chart.of("x", "y");
        Map<String, Sym> el = ReferenceDerivations.perelmanEulerLagrangeConformal2d(Simplification.RATIONAL);
        Perelman p = Perelman.of(Metric.conformal(c, c.field("u").times(2).exp()), List.of("u"),
                Simplification.RATIONAL);
        PeriodicQuadrature q = new PeriodicQuadrature(c, PeriodicQuadrature.Embedding.REAL, 20);
        Map<String, Sym> fields = Map.of("u", Sym.parse("Sin(x)*Cos(y)/4 + Cos(2*y)/5"), "phi",
                Sym.parse("Cos(x)/3 + Sin(x + y)/4"));
        Map<String, Sym> dir = Map.of("u", Sym.parse("Cos(x - y) + Sin(y)/2"), "phi", Sym.parse("Sin(2*x)*Cos(y)"));
        double fd = q.derivativeAlong(p.functional().integrandJet(), fields, dir, 1e-3);
        double pairing = 0;
        for (String f : List.of("u", "phi")) {
            pairing += q.integrate(JetExpression.of(el.get(f), c, p.fields()).times(dir.get(f)), fields);
        }
        assertThat(Math.abs(pairing)).isGreaterThan(0.05);
        assertThat(fd).isCloseTo(pairing, within(1e-8 * Math.abs(pairing)));
    }
}
