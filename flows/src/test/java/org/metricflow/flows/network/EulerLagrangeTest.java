package org.metricflow.flows.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.metricflow.flows.JavaFunction;
import org.metricflow.flows.TestFlows;
import org.metricflow.flows.grid.SpectralJets;
import org.metricflow.flows.grid.TorusGrid;
import org.metricflow.symbolic.jet.JetSpace;

/** Numerical Euler–Lagrange operator against hand-derived functional derivatives. */
class EulerLagrangeTest {

    private static double[] jetsOf(TorusGrid grid, JetSpace jets, java.util.function.ToDoubleFunction<double[]> u) {
        double[] out = new double[grid.points() * jets.size()];
        new SpectralJets(grid, jets, 1).jets(grid.sample(u), out);
        return out;
    }

    @Test
    void dirichletEnergyGivesMinusTheLaplacian() {
        var grid = new TorusGrid(2, 16);
        var jets = new JetSpace(2, 2, List.of("u"));
        double[] j = jetsOf(grid, jets, x -> 0.3 * Math.cos(x[0]) + 0.1 * Math.sin(2 * x[0] - 3 * x[1]));
        double[] out = new double[grid.points()];
        new EulerLagrange(TestFlows.dirichletLoss("u", 2), jets, grid).derivative(j, out);
        for (int p = 0; p < grid.points(); p++) {
            double laplacian = j[p * 6 + 3] + j[p * 6 + 5];
            assertThat(out[p]).isCloseTo(-laplacian, within(1e-13));
        }
    }

    /**
     * l = ½e^u|∇u|² + u ∂₁∂₂u (the second term exercises a mixed second-derivative slot): δL/δu =
     * −½e^u|∇u|² − e^uΔu + 2∂₁∂₂u (from ∂l/∂u = ½e^u|∇u|² + u_12, −∂_a(e^u u_a), +∂₁∂₂(u)).
     */
    @Test
    void nonlinearDensityWithMixedSecondDerivative() {
        var grid = new TorusGrid(2, 64);
        var jets = new JetSpace(2, 2, List.of("u"));
        var loss = new JavaFunction(List.of("u", "u_d1", "u_d2", "u_d12"), List.of("l", "du", "du1", "du2", "du12"),
                (x, o, y, oo) -> {
                    double e = Math.exp(x[o]);
                    double g2 = x[o + 1] * x[o + 1] + x[o + 2] * x[o + 2];
                    y[oo] = 0.5 * e * g2 + x[o] * x[o + 3];
                    y[oo + 1] = 0.5 * e * g2 + x[o + 3];
                    y[oo + 2] = e * x[o + 1];
                    y[oo + 3] = e * x[o + 2];
                    y[oo + 4] = x[o];
                }, "test density");
        double[] j = jetsOf(grid, jets, x -> 0.2 * Math.cos(x[0] + x[1]) + 0.1 * Math.sin(x[1]));
        double[] out = new double[grid.points()];
        new EulerLagrange(loss, jets, grid).derivative(j, out);
        for (int p = 0; p < grid.points(); p++) {
            double u = j[p * 6];
            double g2 = j[p * 6 + 1] * j[p * 6 + 1] + j[p * 6 + 2] * j[p * 6 + 2];
            double expected = -0.5 * Math.exp(u) * g2 - Math.exp(u) * (j[p * 6 + 3] + j[p * 6 + 5])
                    + 2 * j[p * 6 + 4];
            assertThat(out[p]).isCloseTo(expected, within(1e-11));
        }
    }
}
