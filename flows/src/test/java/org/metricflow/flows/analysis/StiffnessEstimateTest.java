package org.metricflow.flows.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.metricflow.flows.TestFlows;
import org.metricflow.flows.grid.TorusGrid;
import org.metricflow.flows.local.LocalFlow;
import org.metricflow.flows.time.IntegrationOptions;
import org.metricflow.flows.time.Stepper;

class StiffnessEstimateTest {

    @Test
    void spectralRadiusOfTheSpectralLaplacianIsTheNyquistWavenumberSquared() {
        var grid = new TorusGrid(2, 16);
        var flow = new LocalFlow(TestFlows.heat(2), grid, 1);
        double[] u = grid.sample(x -> Math.cos(x[0]));
        // largest |k|² on a 16² grid: the Nyquist mode (8, 8) → 128; next (8, 7) → 113
        double rho = StiffnessEstimate.spectralRadius(flow, u, 80, 1);
        assertThat(rho).isCloseTo(128, within(1.0));
        var capped = IntegrationOptions.adaptive(1e-8).withStabilityCap(rho);
        assertThat(capped.maxStep()).isCloseTo(0.9 * Stepper.DORMAND_PRINCE_853.stabilityInterval() / rho,
                within(1e-15));
        assertThat(IntegrationOptions.fixedStep(Stepper.EULER, 0.1).withStabilityCap(rho).maxStep()).isInfinite();
    }
}
