package org.metricflow.flows.quintic.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.metricflow.numeric.PowerLawFit;
import org.metricflow.numeric.metric.MonteCarloEstimate;

class GainExtrapolationTest {

    private static NoiseRow row(double noise, double distance, double gain) {
        return new NoiseRow(NoiseMode.PROJECTED, noise, 10, 0, distance, new MonteCarloEstimate(1, 0),
                new MonteCarloEstimate(1 / gain, 0));
    }

    /** A power law gain = 10/d is interpolated exactly on log axes: gain 100 at d = 0.1, N = 0.1^(−2) = 100. */
    @Test
    void powerLawIsInterpolatedExactly() {
        List<NoiseRow> rows = List.of(row(0, 0, 1e6), row(1e-3, 0.01, 1000), row(1, 1, 10));
        GainExtrapolation g = GainExtrapolation.of(rows, NoiseMode.PROJECTED, 100, new PowerLawFit(1, 0, -0.5, 0));
        assertThat(g.distance()).isCloseTo(0.1, within(1e-12));
        assertThat(g.points()).isCloseTo(100, within(1e-9));
    }

    /** The paper's own fit (3.6) puts d = 5·10⁻² at 9.9·10⁶ points, not the 10⁸ it states; 5·10⁻³ at 2.7·10¹². */
    @Test
    void paperFitRecomputed() {
        assertThat(DistanceStudyResult.pointsFor(DistanceStudyResult.PAPER, 5e-2)).isCloseTo(9.86e6,
                within(0.01e6));
        assertThat(DistanceStudyResult.pointsFor(DistanceStudyResult.PAPER, 5e-3)).isCloseTo(2.68e12,
                within(0.01e12));
    }

    @Test
    void uncrossedTargetIsNaN() {
        List<NoiseRow> rows = List.of(row(1e-3, 0.01, 50), row(1, 1, 10));
        assertThat(GainExtrapolation.of(rows, NoiseMode.PROJECTED, 100, new PowerLawFit(1, 0, -0.5, 0)).distance())
                .isNaN();
        assertThatThrownBy(() -> GainExtrapolation.of(rows, NoiseMode.PROJECTED, -1, new PowerLawFit(1, 0, -1, 0)))
                .hasMessageContaining("-1");
    }
}
