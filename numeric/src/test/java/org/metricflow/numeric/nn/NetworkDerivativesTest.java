package org.metricflow.numeric.nn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.hipparchus.random.RandomGenerator;
import org.hipparchus.random.Well19937c;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every architecture's analytic input jets and parameter Jacobians against central finite differences (step 1e-5,
 * truncation error ~1e-10 relative; tolerance 1e-6 relative to the scale of the quantity).
 */
class NetworkDerivativesTest {

    private static final double H = 1e-5;

    static Stream<Arguments> networks() {
        RandomGenerator rng = new Well19937c(345);
        int d = 3;
        CosineArchitecture cos = CosineArchitecture.normalised(d, 7, 1.7).withTrained(TrainedLayers.ALL);
        GaussNetArchitecture gauss = GaussNetArchitecture.normalised(d, 6, 1.3, 0.4).withTrained(TrainedLayers.ALL);
        ReluArchitecture relu = ReluArchitecture.ntk(d, 2, 8, 1.4, 0.3, true);
        ScalarFieldJet det = new GaussianEnvelope(d, -0.2, -0.15); // det g̃ = e^{0.2 + 0.15|x|²} > 0
        return Stream.of(
                Arguments.of("cosine all NTK", cos.withParameterisation(Parameterisation.NTK).initialise(2, rng)),
                Arguments.of("cosine all standard", cos.initialise(1, rng)),
                Arguments.of("cosine readout", cos.withTrained(TrainedLayers.LAST).initialise(2, rng)),
                Arguments.of("cosine printed", cos.withTrained(TrainedLayers.LAST).withForm(CosineForm.PRINTED)
                        .initialise(2, rng)),
                Arguments.of("gauss-net all standard", gauss.initialise(2, rng)),
                Arguments.of("gauss-net all NTK", gauss.withParameterisation(Parameterisation.NTK).initialise(1, rng)),
                Arguments.of("relu NTK", relu.initialise(2, rng)),
                Arguments.of("relu standard readout", relu.withParameterisation(Parameterisation.STANDARD)
                        .withTrained(TrainedLayers.LAST).initialise(2, rng)),
                Arguments.of("relu no bias", ReluArchitecture.ntk(d, 1, 9, 1.1, 0, false).initialise(1, rng)),
                Arguments.of("rescaled by det^-1/4", new RescaledNetwork(ScalarFieldJet.power(det, -0.25),
                        cos.initialise(1, rng))),
                Arguments.of("torus cosine readout and phases NTK", new TorusCosineArchitecture(d, 6, 0.7, 1.3,
                        Parameterisation.NTK, TrainedLayers.ALL).initialise(2, rng)),
                Arguments.of("torus cosine readout standard", new TorusCosineArchitecture(d, 6, 0.7, 1.3,
                        Parameterisation.STANDARD, TrainedLayers.LAST).initialise(1, rng)),
                Arguments.of("per-component metric network",
                        MetricNetworks.perComponent(cos.withWidth(4), 3, rng)));
    }

    private static final double[] X = {0.31, -0.52, 0.17};

    @ParameterizedTest(name = "{0}")
    @MethodSource("networks")
    void inputJetMatchesFiniteDifferences(String name, Network net) {
        int d = net.inputDimension();
        int m = net.outputCount();
        JetLayout layout = new JetLayout(d, 2);
        int size = layout.size();
        double[] jet = new double[m * size];
        net.jet(X, 0, 2, jet, 0);
        double[] value = new double[m];
        net.evaluate(X, 0, value, 0);
        double[] plus = new double[m * size];
        double[] minus = new double[m * size];
        for (int j = 0; j < d; j++) {
            double[] xp = X.clone();
            double[] xm = X.clone();
            xp[j] += H;
            xm[j] -= H;
            net.jet(xp, 0, 2, plus, 0);
            net.jet(xm, 0, 2, minus, 0);
            for (int o = 0; o < m; o++) {
                assertThat(jet[o * size]).isCloseTo(value[o], org.assertj.core.api.Assertions.within(1e-14));
                double scale = 1e-6 * (1 + Math.abs(jet[o * size]));
                double fd = (plus[o * size] - minus[o * size]) / (2 * H);
                assertThat(jet[o * size + layout.first(j)]).as("%s ∂_%d f_%d", name, j, o)
                        .isCloseTo(fd, org.assertj.core.api.Assertions.within(scale));
                for (int k = 0; k < d; k++) {
                    double fd2 = (plus[o * size + layout.first(k)] - minus[o * size + layout.first(k)]) / (2 * H);
                    assertThat(jet[o * size + layout.second(j, k)]).as("%s ∂_%d∂_%d f_%d", name, j, k, o)
                            .isCloseTo(fd2, org.assertj.core.api.Assertions.within(scale * 10));
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("networks")
    void parameterJacobianOfTheJetMatchesFiniteDifferences(String name, Network net) {
        int d = net.inputDimension();
        int m = net.outputCount();
        int size = new JetLayout(d, 2).size();
        int p = net.parameterCount();
        double[] jac = new double[m * size * p];
        net.parameterJacobian(X, 0, 2, jac);
        double[] theta = net.parameters();
        double[] plus = new double[m * size];
        double[] minus = new double[m * size];
        for (int i = 0; i < p; i++) {
            double[] tp = theta.clone();
            double[] tm = theta.clone();
            tp[i] += H;
            tm[i] -= H;
            net.withParameters(tp).jet(X, 0, 2, plus, 0);
            net.withParameters(tm).jet(X, 0, 2, minus, 0);
            for (int r = 0; r < m * size; r++) {
                double fd = (plus[r] - minus[r]) / (2 * H);
                assertThat(jac[r * p + i]).as("%s row %d param %d", name, r, i)
                        .isCloseTo(fd, org.assertj.core.api.Assertions.within(1e-6 * (1 + Math.abs(fd))));
            }
        }
        // lower orders are the leading rows of each output's block
        double[] jac1 = new double[m * (1 + d) * p];
        net.parameterJacobian(X, 0, 1, jac1);
        for (int o = 0; o < m; o++) {
            for (int s = 0; s <= d; s++) {
                for (int i = 0; i < p; i++) {
                    assertThat(jac1[(o * (1 + d) + s) * p + i]).isEqualTo(jac[(o * size + s) * p + i]);
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("networks")
    void tangentKernelEqualsJacobianContraction(String name, Network net) {
        double[] xs = {0.31, -0.52, 0.17, -0.4, 0.25, 0.9};
        double[] ys = {0.1, 0.2, -0.3, 0.7, -0.6, 0.05, 0.0, 0.0, 0.0};
        int m = net.outputCount();
        double[] viaNet = new double[2 * m * 3 * m];
        double[] viaJac = new double[2 * m * 3 * m];
        net.tangentKernel(xs, 2, ys, 3, viaNet);
        JacobianContraction.tangentKernel(net, xs, 2, ys, 3, viaJac);
        for (int i = 0; i < viaNet.length; i++) {
            assertThat(viaNet[i]).as("%s entry %d", name, i)
                    .isCloseTo(viaJac[i], org.assertj.core.api.Assertions.within(1e-12 * (1 + Math.abs(viaJac[i]))));
        }
    }

    /** The fused vector–Jacobian and Jacobian–vector products equal contractions of the explicit Jacobian. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("networks")
    void jetProductsEqualJacobianContractions(String name, Network net) {
        int rows = net.outputCount() * new JetLayout(net.inputDimension(), 2).size();
        int p = net.parameterCount();
        double[] jacobian = new double[rows * p];
        net.parameterJacobian(X, 0, 2, jacobian);
        var rnd = new java.util.Random(11);
        double[] cotangent = rnd.doubles(rows + 3).map(v -> v - 0.5).toArray();
        double[] tangent = rnd.doubles(p + 2).map(v -> v - 0.5).toArray();
        double[] gradient = new double[p + 4];
        gradient[1] = 0.25; // the pullback adds
        net.addJetPullback(X, 0, 2, cotangent, 3, gradient, 1);
        double[] pushed = new double[rows + 1];
        net.jetPushforward(X, 0, 2, tangent, 2, pushed, 1);
        for (int i = 0; i < p; i++) {
            double expected = i == 0 ? 0.25 : 0;
            for (int r = 0; r < rows; r++) {
                expected += cotangent[3 + r] * jacobian[r * p + i];
            }
            assertThat(gradient[1 + i]).as("%s gradient %d", name, i)
                    .isCloseTo(expected, org.assertj.core.api.Assertions.within(1e-12 * (1 + Math.abs(expected))));
        }
        for (int r = 0; r < rows; r++) {
            double expected = 0;
            for (int i = 0; i < p; i++) {
                expected += jacobian[r * p + i] * tangent[2 + i];
            }
            assertThat(pushed[1 + r]).as("%s slot %d", name, r)
                    .isCloseTo(expected, org.assertj.core.api.Assertions.within(1e-12 * (1 + Math.abs(expected))));
        }
    }
}
