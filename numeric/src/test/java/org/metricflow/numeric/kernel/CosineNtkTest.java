package org.metricflow.numeric.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.hipparchus.random.Well19937c;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.metricflow.numeric.nn.CosineArchitecture;
import org.metricflow.numeric.nn.CosineForm;
import org.metricflow.numeric.nn.Parameterisation;
import org.metricflow.numeric.nn.TrainedLayers;
import org.metricflow.numeric.quadrature.TensorRule;

class CosineNtkTest {

    /** ∫ Θ̄(x, x') d^d x' by composite Gauss–Legendre on x ± 12σ (no Gaussian assumed in the rule). */
    private static double normalisation(CosineArchitecture arch) {
        int d = arch.inputDimension();
        double sigma = arch.kernelWidth();
        CosineNtk k = new CosineNtk(arch);
        double[] x = new double[d];
        for (int j = 0; j < d; j++) {
            x[j] = 0.3 * (j + 1);
        }
        int panels = d <= 2 ? 24 : 12;
        TensorRule rule = TensorRule.legendre(d, -12 * sigma, 12 * sigma, panels, 10);
        return rule.integrate(x, y -> k.value(x, 0, y, 0));
    }

    @ParameterizedTest
    @CsvSource({"1, 0.7", "1, 4.0", "2, 1.0", "2, 9.0", "3, 2.5"})
    void correctedAmplitudeNormalisesTheKernel(int d, double sigmaW) {
        CosineArchitecture arch = CosineArchitecture.normalised(d, 1, sigmaW);
        assertThat(normalisation(arch)).isCloseTo(1.0, within(1e-11));
    }

    @ParameterizedTest
    @CsvSource({"1, 0.7", "2, 1.0", "3, 2.5"})
    void printedAmplitudeDoesNotNormalise(int d, double sigmaW) {
        CosineArchitecture arch = CosineArchitecture.normalised(d, 1, sigmaW)
                .withAmplitude(CosineArchitecture.printedAmplitude(d, sigmaW));
        // derived: (A²/2)(2πσ²)^{d/2} with the printed A gives 2^{−1/2} (√(2πd)/σ_w)^{d/2}
        double expected = Math.pow(2, -0.5) * Math.pow(Math.sqrt(2 * Math.PI * d) / sigmaW, d / 2.0);
        double measured = normalisation(arch);
        assertThat(measured).isCloseTo(expected, within(1e-10 * expected));
        assertThat(Math.abs(measured - 1)).isGreaterThan(0.05);
    }

    /** E over b ~ U(−π, π) (Gauss–Legendre) and w ~ N(0, σ_w²/d I) (Gauss–Hermite) of the readout features. */
    private static double quadratureReadoutKernel(double[] x, double[] y, double sigmaW, boolean printed) {
        int d = x.length;
        TensorRule bRule = TensorRule.legendre(1, -Math.PI, Math.PI, 4, 16);
        TensorRule wRule = TensorRule.gaussian(d, sigmaW / Math.sqrt(d), 40);
        return wRule.integrate(new double[d], w -> bRule.integrate(new double[1], b -> {
            double fx = 0;
            double fy = 0;
            if (printed) {
                for (int j = 0; j < d; j++) {
                    fx += Math.cos(w[j] * x[j] + b[0]);
                    fy += Math.cos(w[j] * y[j] + b[0]);
                }
            } else {
                double ux = b[0];
                double uy = b[0];
                for (int j = 0; j < d; j++) {
                    ux += w[j] * x[j];
                    uy += w[j] * y[j];
                }
                fx = Math.cos(ux);
                fy = Math.cos(uy);
            }
            return fx * fy / (2 * Math.PI);
        }));
    }

    @Test
    void closedFormsMatchQuadratureOfTheParameterExpectation() {
        double sigmaW = 1.3;
        double amplitude = 0.9;
        CosineArchitecture plane = new CosineArchitecture(2, 1, 1.0, sigmaW, amplitude, CosineForm.PLANE_WAVE,
                Parameterisation.STANDARD, TrainedLayers.LAST);
        double[] x = {0.4, -0.3};
        double[] y = {-0.2, 0.5};
        double a2 = amplitude * amplitude;
        assertThat(new CosineNtk(plane).value(x, 0, y, 0))
                .isCloseTo(a2 * quadratureReadoutKernel(x, y, sigmaW, false), within(1e-12));
        assertThat(new CosineNtk(plane.withForm(CosineForm.PRINTED)).value(x, 0, y, 0))
                .isCloseTo(a2 * quadratureReadoutKernel(x, y, sigmaW, true), within(1e-12));
    }

    @Test
    void printedFormIsNotTranslationInvariant() {
        CosineNtk printed = new CosineNtk(CosineArchitecture.normalised(2, 1, 1.0).withForm(CosineForm.PRINTED));
        CosineNtk plane = new CosineNtk(CosineArchitecture.normalised(2, 1, 1.0));
        double[] x = {0.4, -0.3};
        double[] y = {-0.2, 0.5};
        double[] xs = {2.4, 1.7};
        double[] ys = {1.8, 2.5};
        assertThat(plane.value(xs, 0, ys, 0)).isCloseTo(plane.value(x, 0, y, 0), within(1e-15));
        assertThat(Math.abs(printed.value(xs, 0, ys, 0) - printed.value(x, 0, y, 0))).isGreaterThan(0.01);
    }

    @ParameterizedTest
    @CsvSource({"STANDARD, LAST", "STANDARD, ALL", "NTK, LAST", "NTK, ALL"})
    void empiricalKernelAtLargeWidthIsCloseToTheFrozenOne(Parameterisation p, TrainedLayers trained) {
        int width = 1 << 14;
        CosineArchitecture arch = new CosineArchitecture(2, width, 0.8, 1.5, 1.1, CosineForm.PLANE_WAVE, p, trained);
        double[] xs = {0.4, -0.3, -0.2, 0.5, 0.0, 0.1};
        var emp = EmpiricalNtk.of(arch.initialise(1, new Well19937c(11)), xs, xs);
        double err = emp.relativeDistance(new CosineNtk(arch), xs, xs);
        // fluctuations are O(N^{-1/2}) ≈ 0.008 with O(1) prefactors; a wrong derivation is off by O(1)
        assertThat(err).isLessThan(5 / Math.sqrt(width));
    }
}
