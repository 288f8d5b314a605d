package org.metricflow.numeric.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.hipparchus.random.Well19937c;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.metricflow.numeric.nn.GaussNetArchitecture;
import org.metricflow.numeric.nn.Parameterisation;
import org.metricflow.numeric.nn.TrainedLayers;
import org.metricflow.numeric.quadrature.TensorRule;

class GaussNetNtkTest {

    @Test
    void readoutKernelMatchesGaussHermiteExpectation() {
        double sigmaW = 1.2;
        double sigmaB = 0.5;
        GaussNetArchitecture arch = GaussNetArchitecture.normalised(2, 1, sigmaW, sigmaB);
        double[] x = {0.3, -0.4};
        double[] y = {-0.1, 0.2};
        // E_{w,b}[h(x) h(y) e^{w·x+b} e^{w·y+b}] over w ~ N(0, σ_w²/2 I), b ~ N(0, σ_b²)
        TensorRule wRule = TensorRule.gaussian(2, sigmaW / Math.sqrt(2), 40);
        TensorRule bRule = TensorRule.gaussian(1, sigmaB, 40);
        double hx = arch.envelope().value(x, 0);
        double hy = arch.envelope().value(y, 0);
        double e = wRule.integrate(new double[2], w -> bRule.integrate(new double[1],
                b -> Math.exp(w[0] * (x[0] + y[0]) + w[1] * (x[1] + y[1]) + 2 * b[0])));
        double a2 = arch.amplitude() * arch.amplitude();
        assertThat(new GaussNetNtk(arch).value(x, 0, y, 0)).isCloseTo(a2 * hx * hy * e, within(1e-13));
    }

    @Test
    void normalisingAmplitudeGivesUnitIntegral() {
        GaussNetArchitecture arch = GaussNetArchitecture.normalised(3, 1, 2.0, 0.3);
        double sigma = arch.kernelWidth();
        GaussNetNtk k = new GaussNetNtk(arch);
        double[] x = {0.2, 0.1, -0.4};
        double integral = TensorRule.legendre(3, -12 * sigma, 12 * sigma, 12, 10).integrate(x, y -> k.value(x, 0, y, 0));
        assertThat(integral).isCloseTo(1.0, within(1e-11));
    }

    @ParameterizedTest
    @CsvSource({"STANDARD, LAST", "STANDARD, ALL", "NTK, ALL"})
    void empiricalKernelAtLargeWidthIsCloseToTheFrozenOne(Parameterisation p, TrainedLayers trained) {
        int width = 1 << 14;
        GaussNetArchitecture arch = new GaussNetArchitecture(2, width, 0.9, 1.0, 0.4, 1.0, p, trained);
        double[] xs = {0.3, -0.2, -0.2, 0.25, 0.0, 0.1};
        var emp = EmpiricalNtk.of(arch.initialise(1, new Well19937c(5)), xs, xs);
        assertThat(emp.relativeDistance(new GaussNetNtk(arch), xs, xs)).isLessThan(6 / Math.sqrt(width));
    }
}
