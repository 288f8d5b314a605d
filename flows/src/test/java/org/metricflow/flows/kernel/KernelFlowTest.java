package org.metricflow.flows.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.metricflow.flows.TestFlows;
import org.metricflow.flows.analysis.LinearFit;
import org.metricflow.flows.grid.TorusGrid;
import org.metricflow.flows.local.LocalFlow;
import org.metricflow.flows.time.FlowRunner;
import org.metricflow.flows.time.IntegrationOptions;

class KernelFlowTest {

    @ParameterizedTest
    @CsvSource({"1,0.3", "1,2.5", "2,0.7", "2,1.9"})
    void latticeSumEqualsTheHeatKernelSeries(int d, double sigma) {
        var g = new PeriodicGaussian(new TorusGrid(d, 8), sigma);
        double[][] deltas = {{0.1, -2.0}, {3.0, 1.0}, {-6.0, 0.4}};
        for (double[] delta : deltas) {
            double series = 0; // (2π)^{-d} Σ_k e^{−σ²|k|²/2} cos(k·Δ), |k_a| ≤ 60
            if (d == 1) {
                for (int k = -60; k <= 60; k++) {
                    series += Math.exp(-0.5 * sigma * sigma * k * k) * Math.cos(k * delta[0]);
                }
                series /= 2 * Math.PI;
            } else {
                for (int k = -60; k <= 60; k++) {
                    for (int l = -60; l <= 60; l++) {
                        series += Math.exp(-0.5 * sigma * sigma * (k * k + l * l))
                                * Math.cos(k * delta[0] + l * delta[1]);
                    }
                }
                series /= 4 * Math.PI * Math.PI;
            }
            assertThat(g.value(delta)).isCloseTo(series, within(1e-13));
        }
    }

    @Test
    void convolutionEqualsTheLiteralGridSumOfTheNormalisedGaussian() {
        var grid = new TorusGrid(2, 16);
        double sigma = 0.5;
        var g = new PeriodicGaussian(grid, sigma);
        double[] f = grid.sample(x -> Math.cos(x[0] + 2 * x[1]) + 0.3 * Math.sin(3 * x[1]));
        double[] smoothed = new double[f.length];
        g.apply(f, smoothed, 1);
        double[] x = new double[2];
        double[] y = new double[2];
        double total = 0;
        for (int p = 0; p < grid.points(); p++) {
            grid.coordinates(p, x);
            double sum = 0;
            for (int q = 0; q < grid.points(); q++) {
                grid.coordinates(q, y);
                double w = g.value(new double[] {x[0] - y[0], x[1] - y[1]}) * grid.cellVolume();
                sum += w * f[q];
                total += p == 0 ? w : 0;
            }
            // exact: e^{−σ²|k|²/2} per mode
            double exact = Math.exp(-0.5 * sigma * sigma * 5) * Math.cos(x[0] + 2 * x[1])
                    + 0.3 * Math.exp(-0.5 * sigma * sigma * 9) * Math.sin(3 * x[1]);
            // the grid sum aliases: its multiplier is Σ_q e^{−σ²|k+16q|²/2}; the largest extra terms are
            // (0, 3 − 16) for the sine and (1, 2 − 16) for the cosine
            double aliasing = 0.3 * Math.exp(-0.5 * sigma * sigma * 169) + Math.exp(-0.5 * sigma * sigma * 197);
            assertThat(Math.abs(sum - smoothed[p])).isLessThanOrEqualTo(aliasing * 1.01 + 1e-13);
            assertThat(smoothed[p]).isCloseTo(exact, within(1e-14));
        }
        assertThat(total).as("normalisation").isCloseTo(1.0, within(1e-12));
    }

    @Test
    void kernelFlowTendsToTheLocalFlowWithErrorSigmaSquared() {
        var grid = new TorusGrid(2, 16);
        var local = new LocalFlow(TestFlows.heat(2), grid, 2);
        double[] u0 = grid.sample(x -> Math.cos(x[0] + 2 * x[1]) + 0.5 * Math.sin(3 * x[0]));
        double t = 0.1;
        var runner = new FlowRunner(IntegrationOptions.adaptive(1e-13));
        double[] ul = runner.run(local, u0, t).state();
        double[] sigmas = {0.025, 0.05, 0.1, 0.2};
        double[] errors = new double[sigmas.length];
        for (int i = 0; i < sigmas.length; i++) {
            double s = sigmas[i];
            double[] uk = runner.run(new KernelFlow(new LocalFlow(TestFlows.heat(2), grid, 2), s), u0, t).state();
            double[] exact = grid.sample(x -> Math.exp(-5 * Math.exp(-2.5 * s * s) * t) * Math.cos(x[0] + 2 * x[1])
                    + 0.5 * Math.exp(-9 * Math.exp(-4.5 * s * s) * t) * Math.sin(3 * x[0]));
            double err = 0;
            for (int p = 0; p < ul.length; p++) {
                err = Math.max(err, Math.abs(uk[p] - ul[p]));
                assertThat(uk[p]).isCloseTo(exact[p], within(1e-11));
            }
            errors[i] = err;
        }
        var fit = LinearFit.powerLaw(sigmas, errors);
        assertThat(fit.slope()).isCloseTo(2.0, within(0.02));
    }

    @Test
    void rejectsNonPositiveWidth() {
        var grid = new TorusGrid(1, 8);
        assertThatThrownBy(() -> new PeriodicGaussian(grid, 0)).hasMessageContaining("sigma").hasMessageContaining("0");
        assertThatThrownBy(() -> new PeriodicGaussian(grid, Double.NaN)).hasMessageContaining("NaN");
    }
}
