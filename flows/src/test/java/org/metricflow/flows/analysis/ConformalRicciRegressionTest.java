package org.metricflow.flows.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.junit.jupiter.api.Test;
import org.metricflow.flows.InitialFields;
import org.metricflow.flows.TestFlows;
import org.metricflow.flows.grid.TorusGrid;
import org.metricflow.flows.local.LocalFlow;
import org.metricflow.flows.time.DecayRate;
import org.metricflow.flows.time.FlowRunner;
import org.metricflow.flows.time.IntegrationOptions;

/**
 * The regression machinery on the conformal reduction of 2D Ricci flow, ∂_t u = e^{−2u}Δu (a test fixture until
 * the generated Ricci velocity is wired): nonlinear benchmark, grid convergence, area conservation, decay rates.
 */
class ConformalRicciRegressionTest {

    /** max|u(x, 1)| for u₀ = 0.1 cos x; also found with SciPy DOP853 on a 1D spectral grid: 0.04183562474625. */
    static final double MAX_U_AT_ONE = 0.041835624746;

    private static double maxAbsAtOne(int n) {
        var grid = new TorusGrid(2, n);
        var definition = TestFlows.conformalRicci2d();
        var flow = new LocalFlow(definition, grid, 2);
        double[] u0 = InitialFields.flat(definition).with("u", x -> 0.1 * Math.cos(x[0])).sample(grid);
        var area = new DensityIntegral(flow);
        double a0 = area.integrate(u0);
        double[] u = new FlowRunner(IntegrationOptions.adaptive(1e-12)).run(flow, u0, 1.0).state();
        assertThat(area.integrate(u) / a0 - 1).as("area conservation on n=" + n).isCloseTo(0, within(1e-11));
        double max = 0;
        for (double v : u) {
            max = Math.max(max, Math.abs(v));
        }
        return max;
    }

    @Test
    void nonlinearBenchmarkConvergesOnRefinedGridsToTheIndependentReference() {
        double m8 = maxAbsAtOne(8);
        double m16 = maxAbsAtOne(16);
        double m32 = maxAbsAtOne(32);
        // spectral convergence: 8 → 16 changes the 8th digit, 16 → 32 only rounding
        assertThat(Math.abs(m8 - m16)).isGreaterThan(1e-9).isLessThan(1e-7);
        assertThat(Math.abs(m16 - m32)).isLessThan(1e-11);
        assertThat(m32).isCloseTo(MAX_U_AT_ONE, within(1e-11));
        assertThat(m32).isCloseTo(finiteDifferenceReference(), within(2e-9));
    }

    @Test
    void areaIsTheBesselIntegral() {
        var grid = new TorusGrid(2, 16);
        var definition = TestFlows.conformalRicci2d();
        double[] u0 = InitialFields.flat(definition).with("u", x -> 0.1 * Math.cos(x[0])).sample(grid);
        double i0 = 0; // I0(0.2) = Σ 0.1^{2k}/(k!)²
        double term = 1;
        for (int k = 0; k < 10; k++) {
            i0 += term;
            term *= 0.01 / ((k + 1.0) * (k + 1.0));
        }
        double area = new DensityIntegral(new LocalFlow(definition, grid, 1)).integrate(u0);
        assertThat(area).isCloseTo(4 * Math.PI * Math.PI * i0, within(1e-12));
    }

    @Test
    void linearisedModeDecaysAtRateKSquaredPlusLSquared() {
        var grid = new TorusGrid(2, 16);
        var definition = TestFlows.conformalRicci2d();
        var flow = new LocalFlow(definition, grid, 2);
        double eps = 1e-5;
        double[] u0 = InitialFields.flat(definition).with("u", x -> eps * Math.cos(x[0] + 2 * x[1])).sample(grid);
        var fit = DecayRate.measure(new FlowRunner(IntegrationOptions.adaptive(1e-13)), flow, u0, 0.4,
                y -> FourierModes.cosineAmplitude(grid, y, 0, 1, 2));
        // nonlinear corrections to the rate are O(eps)
        assertThat(-fit.slope()).isCloseTo(5.0, within(1e-4));
        assertThat(fit.points()).isGreaterThan(5);
    }

    /**
     * Second method: u_t = e^{−2u} u_xx in 1D by fourth-order central differences on 256 and 512 points, Richardson
     * extrapolated (error h⁴ → h⁶), integrated by Hipparchus DP853.
     */
    private static double finiteDifferenceReference() {
        double coarse = finiteDifferenceMax(256);
        double fine = finiteDifferenceMax(512);
        return fine + (fine - coarse) / 15;
    }

    private static double finiteDifferenceMax(int n) {
        double h = 2 * Math.PI / n;
        OrdinaryDifferentialEquation ode = new OrdinaryDifferentialEquation() {
            @Override
            public int getDimension() {
                return n;
            }

            @Override
            public double[] computeDerivatives(double t, double[] u) {
                double[] du = new double[n];
                for (int i = 0; i < n; i++) {
                    double uxx = (-u[(i + 2) % n] + 16 * u[(i + 1) % n] - 30 * u[i] + 16 * u[(i + n - 1) % n]
                            - u[(i + n - 2) % n]) / (12 * h * h);
                    du[i] = Math.exp(-2 * u[i]) * uxx;
                }
                return du;
            }
        };
        double[] u0 = new double[n];
        for (int i = 0; i < n; i++) {
            u0[i] = 0.1 * Math.cos(i * h);
        }
        double[] u = new DormandPrince853Integrator(0, 1e-3, 1e-12, 1e-12).integrate(ode, new ODEState(0, u0), 1.0)
                .getPrimaryState();
        double max = 0;
        for (double v : u) {
            max = Math.max(max, Math.abs(v));
        }
        return max;
    }
}
