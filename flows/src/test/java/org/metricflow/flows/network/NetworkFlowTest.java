package org.metricflow.flows.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.metricflow.flows.JavaFunction;
import org.metricflow.flows.TestFlows;
import org.metricflow.flows.grid.TorusGrid;
import org.metricflow.flows.time.FlowRunner;
import org.metricflow.flows.time.IntegrationOptions;
import org.metricflow.flows.time.Stepper;

class NetworkFlowTest {

    static JavaFunction dirichletLoss(int d) {
        return TestFlows.dirichletLoss("u", d);
    }

    private static double[] randomTheta(int n, long seed, double scale) {
        var rnd = new Random(seed);
        double[] theta = new double[n];
        for (int i = 0; i < n; i++) {
            theta[i] = scale * rnd.nextGaussian();
        }
        return theta;
    }

    @Test
    void gradientIsTheDerivativeOfTheLoss() {
        var grid = new TorusGrid(2, 8);
        var def = TestFlows.heat(2);
        var net = new PeriodicCosineNetwork(def.jets(), 16, 0.8, new double[] {0.2}, 11);
        var flow = new NetworkFlow(net, def, dirichletLoss(2), grid);
        double[] theta = randomTheta(net.parameterCount(), 3, 0.3);
        double[] grad = new double[theta.length];
        flow.gradient(theta, grad);
        for (int i : new int[] {0, 5, 15}) {
            double h = 1e-5;
            double[] plus = theta.clone();
            double[] minus = theta.clone();
            plus[i] += h;
            minus[i] -= h;
            double fd = (flow.loss(plus) - flow.loss(minus)) / (2 * h);
            assertThat(grad[i]).isCloseTo(fd, within(1e-7 * Math.max(1, Math.abs(fd))));
        }
    }

    @Test
    void measuredVelocityByFiniteUpdateMatchesTheJacobianVectorProduct() {
        var grid = new TorusGrid(1, 32);
        var def = TestFlows.heat(1);
        var net = new PeriodicCosineNetwork(def.jets(), 64, 0.3, new double[] {0.3}, 5);
        var flow = new NetworkFlow(net, def, dirichletLoss(1), grid);
        double[] theta = randomTheta(net.parameterCount(), 9, 0.1);
        var induced = new InducedVelocity(flow);
        double[] tangent = new double[grid.points()];
        double[] finite = new double[grid.points()];
        induced.tangent(theta, tangent);
        induced.finiteDifference(theta, 1e-4, finite);
        // the model is linear in θ = a: the finite update is exact up to rounding
        for (int p = 0; p < tangent.length; p++) {
            assertThat(finite[p]).isCloseTo(tangent[p], within(1e-9 * (1 + Math.abs(tangent[p]))));
        }
        assertThatThrownBy(() -> induced.finiteDifference(theta, 0, finite)).hasMessageContaining("eta");
    }

    @Test
    void eulerStepsAreGradientDescentUpdates() {
        var grid = new TorusGrid(1, 16);
        var def = TestFlows.heat(1);
        var net = new PeriodicCosineNetwork(def.jets(), 8, 0.5, new double[] {0.3}, 2);
        var flow = new NetworkFlow(net, def, dirichletLoss(1), grid);
        double[] theta = randomTheta(net.parameterCount(), 4, 0.2);
        double eta = 0.01;
        double[] manual = theta.clone();
        double[] grad = new double[theta.length];
        for (int step = 0; step < 3; step++) {
            flow.gradient(manual, grad);
            for (int i = 0; i < manual.length; i++) {
                manual[i] -= eta * grad[i];
            }
        }
        double[] viaRunner = new FlowRunner(IntegrationOptions.fixedStep(Stepper.EULER, eta)).run(flow, theta,
                3 * eta).state();
        for (int i = 0; i < manual.length; i++) {
            assertThat(viaRunner[i]).isCloseTo(manual[i], within(1e-12 * (1 + Math.abs(manual[i]))));
        }
        assertThat(flow.loss(viaRunner)).isLessThan(flow.loss(theta));
    }

    @Test
    void localityStudyFindsWidthExponentMinusHalfAndSigmaExponentTwo() {
        var grid = new TorusGrid(1, 64);
        var def = TestFlows.heat(1);
        NetworkFamily family = (width, sigma, seed) -> {
            var net = new PeriodicCosineNetwork(def.jets(), width, sigma, new double[] {0.3}, seed);
            return new SampledNetwork(net, new double[net.parameterCount()]);
        };
        int[] widths = {256, 1024, 4096, 16384};
        double[] sigmas = {0.1, 0.2, 0.4};
        var result = LocalityStudy.run(family, def, dirichletLoss(1), grid, widths, sigmas, 3, 1234);
        for (var fit : result.widthFits()) {
            assertThat(fit.slope()).isCloseTo(-0.5, within(0.15));
        }
        assertThat(result.sigmaFit().slope()).isCloseTo(2.0, within(0.05));
        // bias of the kernel against the local velocity Δu of u = 0.3 cos x: 1 − e^{−σ²/2}
        var cell = result.cells().get(result.cells().size() - 1);
        assertThat(cell.kernelVsLocal()).isCloseTo(1 - Math.exp(-0.5 * 0.16), within(1e-12));
        // the crossover width grows as σ decreases (∝ σ^{-4} for exponents −½ and 2)
        double[] n = result.crossovers();
        assertThat(n[0]).isGreaterThan(n[1]);
        assertThat(n[1]).isGreaterThan(n[2]);
    }
}
