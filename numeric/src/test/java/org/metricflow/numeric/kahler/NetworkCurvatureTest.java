package org.metricflow.numeric.kahler;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.metricflow.numeric.manifold.ProjectiveHypersurface;
import org.metricflow.numeric.sample.PointSample;

/**
 * The exact scalar curvature of g = g_alg + ∂∂̄φ_θ ({@link NetworkSeries} through {@link ScalarCurvature}): against
 * central second differences of ln det g computed by {@link NetworkMetric#values} (the ∂∂̄-jet code), det g against
 * that code, and the zero output layer against the algebraic metric.
 */
class NetworkCurvatureTest {

    private static final ProjectiveHypersurface QUINTIC = ProjectiveHypersurface.fermatQuintic();

    /** k = 2, random H, a 2-layer network with random θ and output weights of size {@code scale}. */
    private static NetworkMetric metric(Activation activation, double scale, long seed) {
        MonomialBasis b = MonomialBasis.of(QUINTIC, 2);
        AlgebraicMetric alg = new AlgebraicMetric(QUINTIC, b, AlgebraicMetricTest.randomPositive(b.size(), seed));
        PotentialNetwork net = new PotentialNetwork(ProjectorFeatures.count(5), new int[] {8, 6}, activation, 3);
        double[] theta = net.initial(seed);
        Random r = new Random(seed + 1);
        int v = theta.length - 6;
        for (int i = 0; i < theta.length; i++) {
            theta[i] = i < v ? theta[i] + 0.3 * r.nextGaussian() : scale * r.nextGaussian();
        }
        return new NetworkMetric(alg, net, theta);
    }

    private static NetworkMetric negated(NetworkMetric g) {
        double[] theta = g.theta().clone();
        for (int i = theta.length - 6; i < theta.length; i++) {
            theta[i] = -theta[i];
        }
        return new NetworkMetric(g.base(), g.network(), theta);
    }

    /** Differences with h = 1e-3: O(h²) truncation and ε|ln det g|/h² rounding, ~1e-5 relative (as for K_alg). */
    @Test
    void scalarCurvatureMatchesFiniteDifferencesOfLnDetG() {
        PointSample s = AlgebraicMetricTest.sample(QUINTIC, 4, 21);
        for (Activation act : Activation.values()) {
            NetworkMetric g = metric(act, 0.02, 5);
            CurvatureValues v = ScalarCurvature.values(g, s, 1);
            CurvatureValues alg = ScalarCurvature.values(g.base(), s, 1);
            for (int i = 0; i < 2; i++) {
                double fd = ScalarCurvatureTest.finiteDifferenceScalar(g, s, i, 1e-3);
                double tol = 2e-4 * (1 + Math.abs(fd));
                assertThat(v.scalar()[i]).as(act + " point " + i).isCloseTo(fd, Offset.offset(tol));
                // the network changes R by far more than the tolerance, so the comparison sees φ's terms
                assertThat(Math.abs(alg.scalar()[i] - fd)).as("network effect").isGreaterThan(10 * tol);
            }
        }
    }

    /** Planted error: φ's series added with the wrong sign (output layer negated) must fail the same check. */
    @Test
    void aSignFlipOfThePotentialFailsTheCheck() {
        PointSample s = AlgebraicMetricTest.sample(QUINTIC, 4, 21);
        NetworkMetric g = metric(Activation.SOFTPLUS, 0.02, 5);
        double fd = ScalarCurvatureTest.finiteDifferenceScalar(g, s, 0, 1e-3);
        double wrong = ScalarCurvature.values(negated(g), s, 1).scalar()[0];
        assertThat(Math.abs(wrong - fd)).isGreaterThan(2e-4 * (1 + Math.abs(fd)));
    }

    @Test
    void determinantAgreesWithTheJetCode() {
        PointSample s = AlgebraicMetricTest.sample(QUINTIC, 300, 9);
        NetworkMetric g = metric(Activation.TANH, 0.02, 7);
        double[] expected = g.values(s, 1).det();
        double[] actual = ScalarCurvature.values(g, s, 2).det();
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual[i]).isCloseTo(expected[i], org.assertj.core.data.Percentage.withPercentage(1e-8));
        }
    }

    @Test
    void zeroOutputLayerGivesTheAlgebraicCurvature() {
        PointSample s = AlgebraicMetricTest.sample(QUINTIC, 300, 11);
        NetworkMetric g = metric(Activation.SOFTPLUS, 0, 3);
        CurvatureValues net = ScalarCurvature.values(g, s, 2);
        CurvatureValues alg = ScalarCurvature.values(g.base(), s, 2);
        for (int i = 0; i < s.size(); i++) {
            assertThat(net.scalar()[i]).isCloseTo(alg.scalar()[i], Offset.offset(1e-12 * (1 + Math.abs(alg.scalar()[i]))));
            assertThat(net.det()[i]).isEqualTo(alg.det()[i]);
        }
    }
}
