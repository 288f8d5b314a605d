package org.metricflow.flows.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.metricflow.flows.FlowDefinition;
import org.metricflow.flows.InitialFields;
import org.metricflow.flows.JavaFunction;
import org.metricflow.flows.TestFlows;
import org.metricflow.flows.grid.TorusGrid;
import org.metricflow.flows.time.FlowRunner;
import org.metricflow.flows.time.IntegrationOptions;
import org.metricflow.flows.time.Stepper;
import org.metricflow.numeric.nn.TrainedLayers;

class NetworkFlowTest {

    static JavaFunction dirichletLoss(int d) {
        return TestFlows.dirichletLoss("u", d);
    }

    /** Cosine networks of the heat fixture representing u = amplitude·cos x₁ at their drawn parameters. */
    static NetworkFamily family(FlowDefinition def, double amplitude) {
        return family(def, amplitude, TrainedLayers.LAST);
    }

    static NetworkFamily family(FlowDefinition def, double amplitude, TrainedLayers trained) {
        var initial = InitialFields.flat(def).with("u", x -> amplitude * Math.cos(x[0]));
        return new CosineNetworkFamily(FourierFields.interpolate(initial, def.jets()), trained);
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
        var net = family(def, 0.2).sample(16, 0.8, 11).model();
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
        var net = family(def, 0.3).sample(64, 0.3, 5).model();
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
        var net = family(def, 0.3).sample(8, 0.5, 2).model();
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
        NetworkFamily family = family(def, 0.3);
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
        // −δL/δu of the Dirichlet loss (numerical Euler–Lagrange) is the heat velocity Δu of the definition
        assertThat(cell.localVsFlow()).isLessThan(1e-12);
        assertThat(cell.errorVsFlow()).isEqualTo(cell.errorVsLocal(), within(1e-12));
        // the crossover width grows as σ decreases (∝ σ^{-4} for exponents −½ and 2)
        double[] n = result.crossovers();
        assertThat(n[0]).isGreaterThan(n[1]);
        assertThat(n[1]).isGreaterThan(n[2]);
    }

    /**
     * Readout and phases trained: the kernel (A²·2σ_a²/2)Σp(w)cos(w·r) is still normalised to G_σ, so the measured
     * velocity approaches G_σ∗v at the Monte Carlo rate (T¹, 64 points, u = 0.3 cos x, 4 draws per cell; the
     * error of one draw has few degrees of freedom, so the widths span a factor 256).
     */
    @Test
    void trainingThePhasesRealisesTheSameKernelFlow() {
        var grid = new TorusGrid(1, 64);
        var def = TestFlows.heat(1);
        var result = LocalityStudy.run(family(def, 0.3, TrainedLayers.ALL), def, dirichletLoss(1), grid,
                new int[] {256, 4096, 65536}, new double[] {0.25, 0.4}, 4, 77);
        for (var fit : result.widthFits()) {
            assertThat(fit.slope()).as(result.cells().toString()).isCloseTo(-0.5, within(0.2));
        }
        assertThat(result.cells().get(result.cells().size() - 1).errorVsKernel()).isLessThan(0.03);
    }
}
