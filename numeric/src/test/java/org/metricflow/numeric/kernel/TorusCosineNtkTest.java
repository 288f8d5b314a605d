package org.metricflow.numeric.kernel;

import org.metricflow.numeric.PowerLawFit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.hipparchus.random.Well19937c;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.metricflow.numeric.kernel.study.ConvergenceStudy;
import org.metricflow.numeric.nn.JetLayout;
import org.metricflow.numeric.nn.Network;
import org.metricflow.numeric.nn.Parameterisation;
import org.metricflow.numeric.nn.TorusCosineArchitecture;
import org.metricflow.numeric.nn.TrainedLayers;

/** The periodic cosine network on T^d and its frozen kernel, the normalised periodic Gaussian. */
class TorusCosineNtkTest {

    /** Σ_{n∈Z^d} (2πσ²)^{−d/2} e^{−|r + 2πn|²/(2σ²)}: the periodised Euclidean Gaussian, summed in real space. */
    private static double periodisedGaussian(double[] r, double sigma) {
        double product = 1;
        for (double ra : r) {
            double s = 0;
            for (int n = -30; n <= 30; n++) {
                double y = ra + 2 * Math.PI * n;
                s += Math.exp(-y * y / (2 * sigma * sigma));
            }
            product *= s / Math.sqrt(2 * Math.PI * sigma * sigma);
        }
        return product;
    }

    @ParameterizedTest
    @CsvSource({"0.1", "0.5", "1.0", "2.5"})
    void axisSumMatchesItsPoissonDual(double sigma) {
        var arch = TorusCosineArchitecture.normalised(1, 1, sigma);
        double dual = 0;
        for (int n = -40; n <= 40; n++) {
            dual += Math.exp(-2 * Math.PI * Math.PI * n * n / (sigma * sigma));
        }
        dual *= Math.sqrt(2 * Math.PI) / sigma;
        assertThat(arch.axisSum()).isCloseTo(dual, within(1e-13 * dual));
    }

    @ParameterizedTest
    @CsvSource({"1, 0.2, NTK, LAST", "2, 0.7, NTK, ALL", "3, 1.5, STANDARD, LAST", "2, 0.4, STANDARD, ALL"})
    void normalisedKernelIsThePeriodicGaussian(int d, double sigma, Parameterisation p, TrainedLayers t) {
        var arch = new TorusCosineArchitecture(d, 1, sigma, 1.7, p, t);
        var kernel = (TorusCosineNtk) FrozenKernels.of(arch);
        double[] x = new double[d];
        double[] y = new double[d];
        for (double shift : new double[] {0, 0.05, 0.4, 2.0, Math.PI}) {
            for (int a = 0; a < d; a++) {
                x[a] = 0.3 * (a + 1);
                y[a] = x[a] + shift * (a == 0 ? 1 : -0.5) + 2 * Math.PI * a;
            }
            double[] r = new double[d];
            for (int a = 0; a < d; a++) {
                r[a] = x[a] - y[a];
            }
            double expected = periodisedGaussian(r, sigma);
            assertThat(kernel.value(x, 0, y, 0)).as("shift %s", shift).isCloseTo(expected, within(1e-13 * (1
                    + expected)));
        }
    }

    /** Empirical NTK of width-N draws vs the frozen kernel: RMS relative error ∝ N^{−1/2} (5 points, 4 draws). */
    @ParameterizedTest
    @CsvSource({"LAST", "ALL"})
    void empiricalKernelConvergesAtTheMonteCarloRate(TrainedLayers trained) {
        var arch = new TorusCosineArchitecture(2, 1, 0.6, 1.0, Parameterisation.NTK, trained);
        double[] points = {0.1, 0.2, 0.5, 0.1, 1.3, 6.0, 3.0, 3.1, 5.9, 0.4};
        var rows = new ConvergenceStudy(arch, points, 4, 17).run(256, 1024, 4096, 16384);
        PowerLawFit fit = ConvergenceStudy.fit(rows);
        assertThat(fit.exponent()).as(rows.toString()).isCloseTo(-0.5, within(0.15));
        assertThat(rows.get(3).rmsError()).isLessThan(0.05);
    }

    @Test
    void networksArePeriodicAndKeepTheirFrequenciesWhenTrained() {
        var arch = new TorusCosineArchitecture(3, 16, 0.5, 1.0, Parameterisation.NTK, TrainedLayers.ALL);
        Network net = arch.initialise(1, new Well19937c(3));
        assertThat(net.parameterCount()).isEqualTo(16 + 16);
        double[] theta = net.parameters();
        theta[20] += 0.7; // a phase
        theta[2] -= 0.3; // a readout weight
        Network moved = net.withParameters(theta);
        int size = new JetLayout(3, 2).size();
        double[] x = {0.4, 1.1, 5.0, 0.4 + 2 * Math.PI, 1.1 - 4 * Math.PI, 5.0 + 2 * Math.PI};
        double[] jx = new double[size];
        double[] jy = new double[size];
        moved.jet(x, 0, 2, jx, 0);
        moved.jet(x, 3, 2, jy, 0);
        for (int s = 0; s < size; s++) {
            assertThat(jy[s]).isCloseTo(jx[s], within(1e-11 * (1 + Math.abs(jx[s]))));
        }
    }

    @Test
    void badWidthsAreRejected() {
        assertThatThrownBy(() -> TorusCosineArchitecture.normalised(2, 8, 0)).hasMessageContaining("sigma");
        assertThatThrownBy(() -> TorusCosineArchitecture.normalised(2, 8, 1e-7)).hasMessageContaining("sigma");
        assertThatThrownBy(() -> TorusCosineArchitecture.normalised(10, 8, 1)).hasMessageContaining("inputDimension");
    }
}
