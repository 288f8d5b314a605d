package org.metricflow.flows.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.metricflow.flows.FlowDefinition;
import org.metricflow.flows.InitialFields;
import org.metricflow.flows.KahlerFixtures;
import org.metricflow.flows.grid.ComplexTorus;
import org.metricflow.flows.local.LocalFlow;
import org.metricflow.flows.time.DecayRate;
import org.metricflow.flows.time.FlowRunner;
import org.metricflow.flows.time.IntegrationOptions;

/**
 * Linearised rates of the Kähler potential flows on the flat torus C/Λ, measured from runs of the hand-written
 * fixtures (see {@link KahlerFixtures}) with the machinery's fit: a mode φ = ε cos(kx + ly) evolves as e^{−λt}.
 * Derived by hand: Kähler–Ricci λ = (k² + l²)/4; Calabi (B.9) as printed λ = −(k² + l²)²/16 (the mode grows:
 * backward-parabolic), with ∂_tφ = R instead λ = +(k² + l²)²/16; Monge–Ampère (B.21) as printed
 * λ = −(k² + l²)/2 (grows).
 */
class KahlerFlowRatesTest {

    /**
     * Backward-parabolic flows amplify rounding in the highest resolved modes (rate up to (n²/2)²/16 for Calabi):
     * they run on 8² points, where mode (2, 1) is resolved and the noise stays below 10⁻¹⁰ of the mode.
     */
    private static double rate(FlowDefinition def, double t) {
        var grid = new ComplexTorus(1, 8).grid();
        var flow = new LocalFlow(def, grid, 2);
        double eps = 1e-6;
        double[] phi = InitialFields.flat(def).with("phi", x -> eps * Math.cos(2 * x[0] + x[1])).sample(grid);
        double rho = StiffnessEstimate.spectralRadius(flow, phi, 40, 3);
        return -DecayRate.measure(new FlowRunner(IntegrationOptions.adaptive(1e-14).withStabilityCap(rho)), flow,
                phi, t, y -> FourierModes.cosineAmplitude(grid, y, 0, 2, 1)).slope();
    }

    @Test
    void kahlerRicciDecaysAtAQuarterOfTheLaplacianEigenvalue() {
        assertThat(rate(KahlerFixtures.kahlerRicci(), 0.2)).isCloseTo(5.0 / 4, within(1e-5));
    }

    @Test
    void calabiAsPrintedIsBackwardParabolicAndTheSignCorrectedFlowDecays() {
        assertThat(rate(KahlerFixtures.calabi(+1), 0.2)).isCloseTo(-25.0 / 16, within(1e-5));
        assertThat(rate(KahlerFixtures.calabi(-1), 0.2)).isCloseTo(25.0 / 16, within(1e-5));
    }

    @Test
    void mongeAmpereAsPrintedGrows() {
        assertThat(rate(KahlerFixtures.mongeAmpere(+1), 0.2)).isCloseTo(-5.0 / 2, within(1e-5));
    }
}
