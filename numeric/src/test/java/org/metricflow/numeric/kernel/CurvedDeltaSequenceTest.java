package org.metricflow.numeric.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.metricflow.numeric.nn.JetLayout;
import org.metricflow.numeric.nn.ScalarFieldJet;
import org.metricflow.numeric.quadrature.TensorRule;

/** Eq. (2.28)–(2.29) on the round 2-sphere in stereographic coordinates, g̃ = 4/(1+|x|²)² δ, det g̃ = 16/(1+|x|²)^4. */
class CurvedDeltaSequenceTest {

    static final ScalarFieldJet SPHERE_DET = new ScalarFieldJet() {
        @Override
        public int inputDimension() {
            return 2;
        }

        @Override
        public void jet(double[] x, int xOff, int order, double[] out) {
            double r2 = x[xOff] * x[xOff] + x[xOff + 1] * x[xOff + 1];
            double q = 1 + r2;
            out[0] = 16 / Math.pow(q, 4);
            if (order >= 1) {
                for (int j = 0; j < 2; j++) {
                    out[1 + j] = -128 * x[xOff + j] / Math.pow(q, 5);
                }
            }
            if (order == 2) {
                JetLayout l = new JetLayout(2, 2);
                for (int j = 0; j < 2; j++) {
                    for (int k = j; k < 2; k++) {
                        out[l.second(j, k)] = 1280 * x[xOff + j] * x[xOff + k] / Math.pow(q, 6)
                                - (j == k ? 128 / Math.pow(q, 5) : 0.0);
                    }
                }
            }
        }
    };

    /** ∫ d²x' √g̃(x') Θ̄_σ(x, x') f(x') by Gauss–Hermite around x (the Gaussian factor is the rule's weight). */
    static double smeared(double sigma, double[] x) {
        RescaledKernel k = RescaledKernel.curvedDeltaSequence(SPHERE_DET, sigma);
        NormalisedGaussian g = new NormalisedGaussian(2, sigma);
        return TensorRule.gaussian(2, sigma, 30).integrate(x, y -> Math.sqrt(SPHERE_DET.value(y, 0))
                * k.value(x, 0, y, 0) / g.value(x, 0, y, 0) * f(y));
    }

    static double f(double[] y) {
        return Math.cos(y[0]) * Math.exp(0.5 * y[1]);
    }

    @Test
    void errorIsSecondOrderInSigmaWithTheHeatKernelCoefficient() {
        double[] x = {0.4, -0.3};
        // leading term: g̃(x)^{-1/4} (σ²/2) Δ[g̃^{1/4} f](x); Δ by a 5-point stencil with step 1e-3
        double h = 1e-3;
        double lap = 0;
        for (int j = 0; j < 2; j++) {
            double[] p = x.clone();
            double[] m = x.clone();
            p[j] += h;
            m[j] -= h;
            lap += (gf(p) - 2 * gf(x) + gf(m)) / (h * h);
        }
        double coefficient = Math.pow(SPHERE_DET.value(x, 0), -0.25) * lap / 2;
        for (double sigma : new double[] {0.02, 0.01}) {
            double err = smeared(sigma, x) - f(x);
            assertThat(err / (sigma * sigma)).isCloseTo(coefficient, within(0.01 * Math.abs(coefficient) + 1e-4));
        }
    }

    private static double gf(double[] y) {
        return Math.pow(SPHERE_DET.value(y, 0), 0.25) * f(y);
    }
}
