package org.metricflow.symbolic.geometry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.hipparchus.complex.Complex;
import org.hipparchus.random.Well19937c;
import org.junit.jupiter.api.Test;
import org.metricflow.symbolic.cas.NumericFunction;
import org.metricflow.symbolic.cas.Simplification;
import org.metricflow.symbolic.cas.Sym;
import org.metricflow.symbolic.cas.ZeroTest;

class KahlerGeometryTest {

    private static void assertIdentical(Sym actual, Sym expected) {
        assertThat(ZeroTest.vanishes(actual.minus(expected), new Well19937c(11), 3)).as(actual + " vs " + expected)
                .isTrue();
    }

    private static KahlerGeometry fubiniStudy(int n) {
        String[] names = new String[n];
        StringBuilder k = new StringBuilder("Log(1");
        for (int a = 0; a < n; a++) {
            names[a] = "z" + (a + 1);
            k.append("+z").append(a + 1).append("*z").append(a + 1).append("b");
        }
        return KahlerGeometry.fromPotential(ComplexChart.of(names), Sym.parse(k + ")"));
    }

    @Test
    void fubiniStudyIsEinsteinWithConstantNPlusOne() {
        for (int n = 1; n <= 3; n++) {
            KahlerGeometry fs = fubiniStudy(n);
            for (int a = 0; a < n; a++) {
                for (int b = 0; b < n; b++) {
                    assertIdentical(fs.ricci(a, b), fs.metric(a, b).times(n + 1));
                }
            }
            assertIdentical(fs.scalar(), Sym.of((long) n * (n + 1)));
            assertIdentical(fs.realScalar(), Sym.of(2L * n * (n + 1)));
        }
    }

    @Test
    void ricciFormAgreesWithRiemannianRicciOfTheComplexifiedRealMetric() {
        // a general potential in one complex dimension, and Fubini–Study in two
        List<KahlerGeometry> cases = List.of(
                KahlerGeometry.fromPotential(ComplexChart.of("z"), Sym.parse("K(z,zb)")), fubiniStudy(2));
        for (KahlerGeometry k : cases) {
            int n = k.dimension();
            RiemannianGeometry real = RiemannianGeometry.of(k.complexifiedRealMetric());
            for (int a = 0; a < n; a++) {
                for (int b = 0; b < n; b++) {
                    assertIdentical(real.ricci().get(a, n + b), k.ricci(a, b));
                    assertIdentical(real.ricci().get(a, b), Sym.ZERO);
                }
            }
            assertIdentical(real.scalar(), k.realScalar());
            Sym f = k.chart().field("f");
            assertIdentical(real.laplacian(f), k.laplacian(f).times(2));
        }
    }

    @Test
    void fubiniStudyLineIsTheSphereOfRadiusOneOverRootTwoInRealCoordinates() {
        // ds² = 2 g dz dz̄ = 2g (dx² + dy²) with z = x + i y
        KahlerGeometry fs = fubiniStudy(1);
        Sym g = fs.metric(0, 0).substitute(Map.of(Sym.symbol("z1"), Sym.parse("x + I*y"), Sym.symbol("z1b"),
                Sym.parse("x - I*y"))).expand();
        RiemannianGeometry real = new RiemannianGeometry(Metric.conformal(Chart.of("x", "y"), g.times(2)),
                Simplification.NONE);
        NumericFunction r = NumericFunction.of(real.scalar(), List.of(Sym.symbol("x"), Sym.symbol("y")));
        for (double[] p : new double[][] {{0.3, -0.2}, {1.7, 0.9}, {-2.0, 4.0}}) {
            Complex v = r.value(new Complex[] {new Complex(p[0]), new Complex(p[1])});
            assertThat(v.getReal()).isCloseTo(4.0, within(1e-10));
            assertThat(v.getImaginary()).isCloseTo(0.0, within(1e-10));
        }
    }
}
