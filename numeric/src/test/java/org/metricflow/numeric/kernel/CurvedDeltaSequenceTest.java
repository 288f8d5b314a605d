package org.metricflow.numeric.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.metricflow.numeric.nn.GaussianEnvelope;
import org.metricflow.numeric.nn.ScalarFieldJet;
import org.metricflow.numeric.quadrature.TensorRule;

/**
 * Eqs. (2.28)–(2.29) for a conformally flat reference metric with det g̃ = exp(0.2 + 0.15|x|²) on R²: the smeared
 * function approaches f with the heat-kernel coefficient g̃^{-1/4} (σ²/2) Δ(g̃^{1/4} f).
 */
class CurvedDeltaSequenceTest {

    private static final ScalarFieldJet DET = new GaussianEnvelope(2, -0.2, -0.15);

    /** ∫ d²x' √g̃(x') Θ̄_σ(x, x') f(x') by Gauss–Hermite around x (the Gaussian factor is the rule's weight). */
    private static double smeared(double sigma, double[] x) {
        RescaledKernel k = RescaledKernel.curvedDeltaSequence(DET, sigma);
        NormalisedGaussian g = new NormalisedGaussian(2, sigma);
        return TensorRule.gaussian(2, sigma, 30).integrate(x, y -> Math.sqrt(DET.value(y, 0))
                * k.value(x, 0, y, 0) / g.value(x, 0, y, 0) * f(y));
    }

    private static double f(double[] y) {
        return Math.sin(y[0] + 0.3) * Math.exp(-0.4 * y[1]);
    }

    @Test
    void errorIsSecondOrderInSigmaWithTheHeatKernelCoefficient() {
        double[] x = {0.4, -0.3};
        double coefficient = RescaledKernel.deltaSequenceErrorCoefficient(DET, CurvedDeltaSequenceTest::f, x);
        for (double sigma : new double[] {0.02, 0.01}) {
            double err = smeared(sigma, x) - f(x);
            assertThat(err / (sigma * sigma)).isCloseTo(coefficient, within(0.01 * Math.abs(coefficient) + 1e-4));
        }
    }
}
