package org.metricflow.flows.quintic.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.hipparchus.special.Gamma;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.metricflow.flows.quintic.QuinticFlowOptions;
import org.metricflow.flows.quintic.QuinticKernel;
import org.metricflow.flows.quintic.SigmaLoss;
import org.metricflow.numeric.manifold.ProjectiveHypersurface;
import org.metricflow.numeric.sampling.LineIntersectionSampler;
import org.metricflow.numeric.sample.PointSample;
import org.metricflow.numeric.sampling.SamplerOptions;

/** The noise study on 400 quintic points, Delta kernel, smooth loss, lr 0.0316, 10 steps, noise 0, 10⁻⁴, 0.1. */
class NoiseStudyTest {

    private static PointSample train;
    private static NoiseStudyResult result;

    @BeforeAll
    static void run() {
        train = new LineIntersectionSampler(ProjectiveHypersurface.fermatQuintic(), SamplerOptions.defaults()
                .withSeed(1)).sample(400);
        QuinticFlowOptions o = QuinticFlowOptions.table1(QuinticKernel.DELTA).withLearningRate(0.03162)
                .withLoss(SigmaLoss.SQUARED);
        result = NoiseStudy.run(train, o, new NoiseStudyOptions(new double[] {0, 1e-4, 0.1}, 10, 3), 2);
    }

    /**
     * Zero noise evaluates on the training points themselves: the same σ before and after, bit for bit. Projected,
     * the points move by rounding, which the common chart amplifies (condition numbers up to 10⁴, squared in g) and
     * σ_after ≈ |1 − η| ≪ 1 magnifies again: agreement to 10⁻⁴ relative.
     */
    @Test
    void zeroNoiseReproducesTheTrainingGain() {
        NoiseRow ambient = result.rows(NoiseMode.AMBIENT).get(0);
        assertThat(result.flow().gainTrain()).isGreaterThan(5);
        assertThat(ambient.sigmaBefore().value()).isEqualTo(result.flow().sigmaTrainBefore().value());
        assertThat(ambient.sigmaAfter().value()).isEqualTo(result.flow().sigmaTrainAfter().value());
        assertThat(ambient.meanDistance()).isZero();
        NoiseRow projected = result.rows(NoiseMode.PROJECTED).get(0);
        assertThat(projected.gain()).isCloseTo(result.flow().gainTrain(), within(1e-4 * result.flow().gainTrain()));
        assertThat(projected.meanDistance()).isLessThan(1e-7);
    }

    /**
     * At small noise s the FS distance of u + sξ from u is s|P_⊥ξ|/|u| (P_⊥ removes the complex line of u): a χ
     * variable with 8 degrees of freedom off X, 6 after projecting out the normal too. Mean distance/s must equal
     * E|χ_k|·mean(1/|u|) (E|χ_k| = √2 Γ((k+1)/2)/Γ(k/2)) to 5% (≈ 3 standard errors at 400 points).
     */
    @Test
    void distanceScalesLinearlyWithTheNoise() {
        int n1 = train.coordinates();
        double inv = 0;
        for (int k = 0; k < train.size(); k++) {
            double u2 = 0;
            for (int i = 0; i < 2 * n1; i++) {
                u2 += train.points()[k * 2 * n1 + i] * train.points()[k * 2 * n1 + i];
            }
            inv += 1 / Math.sqrt(u2) / train.size();
        }
        double ambient = result.rows(NoiseMode.AMBIENT).get(1).meanDistance() / 1e-4;
        double projected = result.rows(NoiseMode.PROJECTED).get(1).meanDistance() / 1e-4;
        assertThat(ambient).isCloseTo(chiMean(8) * inv, within(0.05 * chiMean(8) * inv));
        assertThat(projected).isCloseTo(chiMean(6) * inv, within(0.05 * chiMean(6) * inv));
    }

    /**
     * At distance ~0.1 the gain has fallen below half its value at 10⁻⁴ in both modes; on X σ_FS of the noised points
     * stays that of X (±15%), off X it is more than twice as large.
     */
    @Test
    void gainFallsWithDistance() {
        for (NoiseMode m : NoiseMode.values()) {
            List<NoiseRow> rows = result.rows(m);
            assertThat(rows.get(2).gain()).isLessThan(rows.get(1).gain() / 2);
            assertThat(rows.get(2).gain()).isLessThan(rows.get(0).gain() / 2);
        }
        double fs = result.flow().sigmaTrainBefore().value();
        assertThat(result.rows(NoiseMode.PROJECTED).get(2).sigmaBefore().value()).isCloseTo(fs, within(0.15 * fs));
        assertThat(result.rows(NoiseMode.AMBIENT).get(2).sigmaBefore().value()).isGreaterThan(2 * fs);
    }

    /** On X the off-manifold sample builder reproduces the sampler's weights and Ω. */
    @Test
    void offManifoldSampleOfPointsOnXIsTheSample() {
        OffManifoldSample s = OffManifoldSample.of(train.manifold(), train.points(), train.line());
        assertThat(s.source()).hasSize(train.size());
        for (int k = 0; k < train.size(); k++) {
            assertThat(s.sample().weights()[k]).isCloseTo(train.weights()[k], within(1e-12 * train.weights()[k]));
            assertThat(s.sample().omegaAbs2(k)).isCloseTo(train.omegaAbs2(k), within(1e-12 * train.omegaAbs2(k)));
        }
    }

    @Test
    void badNoiseLevelsNameTheValue() {
        assertThatThrownBy(() -> new NoiseStudyOptions(new double[] {0, -0.1}, 1, 1)).hasMessageContaining("-0.1");
        assertThatThrownBy(() -> new NoiseStudyOptions(new double[] {0.1, 0.01}, 1, 1))
                .hasMessageContaining("0.01");
        assertThatThrownBy(() -> new NoiseStudyOptions(new double[] {Double.NaN}, 1, 1))
                .hasMessageContaining("NaN");
    }

    private static double chiMean(int k) {
        return Math.sqrt(2) * Math.exp(Gamma.logGamma((k + 1) / 2.0) - Gamma.logGamma(k / 2.0));
    }
}
