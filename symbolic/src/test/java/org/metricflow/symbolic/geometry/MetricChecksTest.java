package org.metricflow.symbolic.geometry;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.metricflow.symbolic.cas.Sym;

/** A metric that cannot be Riemannian is refused before anything is derived from it; real metrics pass. */
class MetricChecksTest {

    private static SymmetricMatrix matrix(String text) {
        List<Sym> rows = Sym.parse(text).listElements();
        Sym[][] g = new Sym[rows.size()][];
        for (int i = 0; i < g.length; i++) {
            g[i] = rows.get(i).listElements().toArray(Sym[]::new);
        }
        return SymmetricMatrix.of(g);
    }

    @Test
    void identicallyVanishingDeterminantsAreRefused() {
        for (String m : new String[] {"{{1,1},{1,1}}", "{{0,0},{0,0}}", "{{x,x*y},{x*y,x*y^2}}"}) {
            Sym det = RiemannianGeometry.of(new Metric(Chart.of("x", "y"), matrix(m))).determinant();
            assertThatThrownBy(() -> MetricChecks.requireNondegenerate(det, m)).hasMessageContaining("degenerate");
        }
        Sym sphere = RiemannianGeometry.of(new Metric(Chart.of("t", "p"), matrix("{{1,0},{0,Sin(t)^2}}")))
                .determinant();
        assertThatCode(() -> MetricChecks.requireNondegenerate(sphere, "sphere")).doesNotThrowAnyException();
    }

    @Test
    void indefiniteEverywhereIsRefusedPositiveSomewhereIsNot() {
        assertThatThrownBy(() -> MetricChecks.requirePositiveDefiniteSomewhere(matrix("{{-1,0},{0,1}}"),
                List.of("x", "y"), "g")).hasMessageContaining("not positive definite");
        assertThatThrownBy(() -> MetricChecks.requirePositiveDefiniteSomewhere(matrix("{{1,2},{2,1}}"),
                List.of("x", "y"), "g")).hasMessageContaining("eigenvalue");
        for (String ok : new String[] {"{{1.5*10^300,0},{0,1}}", "{{1,0},{0,x^2}}", "{{1-x^2,0},{0,1}}"}) {
            assertThatCode(() -> MetricChecks.requirePositiveDefiniteSomewhere(matrix(ok), List.of("x", "y"), ok))
                    .doesNotThrowAnyException();
        }
    }
}
