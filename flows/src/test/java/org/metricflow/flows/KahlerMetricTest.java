package org.metricflow.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.metricflow.flows.analysis.MetricStatistics;
import org.metricflow.flows.grid.ComplexTorus;
import org.metricflow.flows.local.LocalFlow;
import org.metricflow.symbolic.jet.JetSpace;

class KahlerMetricTest {

    /** A do-nothing flow of the potential phi on C²/Λ, to read its metric. */
    private static FlowDefinition still(int d) {
        JetSpace jets = new JetSpace(d, 2, List.of("phi"));
        var zero = new JavaFunction(List.of("phi"), List.of("phi_t"), (x, o, y, oo) -> y[oo] = 0, "zero");
        return new FlowDefinition("still", jets, zero, new KahlerMetric(jets, "phi"));
    }

    @Test
    void mixedWirtingerHessianOfAPlaneWave() {
        // φ = ε cos θ, θ = Re z1 + Im z2 = (z1 + z̄1)/2 + (z2 − z̄2)/(2i): ∂_{z1}θ = ½, ∂̄_{z2}θ = i/2, so
        // ∂_1∂̄_2 φ = −(i/4) ε cos θ and ∂_a∂̄_a φ = −(ε/4) cos θ: Hermitian eigenvalues 1 and 1 − (ε/2) cos θ.
        double eps = 0.6;
        var torus = new ComplexTorus(2, 8);
        var grid = torus.grid();
        var def = still(4);
        var flow = new LocalFlow(def, grid, 1);
        double[] phi = InitialFields.flat(def).with("phi", x -> eps * Math.cos(x[0] + x[3])).sample(grid);
        double[] jets = new double[grid.points() * def.jets().size()];
        flow.jets(phi, jets);
        double[] g = new double[16];
        int p = 37;
        def.metric().metric(jets, p * def.jets().size(), g, 0);
        double[] x = new double[4];
        grid.coordinates(p, x);
        double c = eps * Math.cos(x[0] + x[3]);
        // real form [[A, B], [−B, A]] of g = A + iB in the order (x1, x2, y1, y2)
        double[] expected = {
            1 - c / 4, 0, 0, -c / 4,
            0, 1 - c / 4, c / 4, 0,
            0, c / 4, 1 - c / 4, 0,
            -c / 4, 0, 0, 1 - c / 4};
        for (int k = 0; k < 16; k++) {
            assertThat(g[k]).as("entry " + k).isCloseTo(expected[k], within(1e-13));
        }
        var summary = new MetricStatistics(flow).summarize(phi);
        assertThat(summary.minEigenvalue()).isCloseTo(1 - eps / 2, within(1e-12));
        assertThat(summary.maxEigenvalue()).isCloseTo(1 + eps / 2 * Math.abs(Math.cos(Math.PI)), within(1e-12));
        // √det of the real form is det_C g; ∫ (1 − (ε/2) cos θ) = (2π)^4
        assertThat(summary.volume()).isCloseTo(Math.pow(2 * Math.PI, 4), within(1e-9));
    }

    @Test
    void needsEvenDimensionAndSecondDerivatives() {
        assertThatThrownBy(() -> new KahlerMetric(new JetSpace(3, 2, List.of("phi")), "phi"))
                .hasMessageContaining("even");
        assertThatThrownBy(() -> new KahlerMetric(new JetSpace(2, 1, List.of("phi")), "phi"))
                .hasMessageContaining("order");
    }
}
