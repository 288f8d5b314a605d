package org.metricflow.flows.cy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.metricflow.flows.time.Checkpoint;
import org.metricflow.numeric.kahler.AlgebraicMetric;
import org.metricflow.numeric.kahler.Donaldson;
import org.metricflow.numeric.manifold.ProjectiveHypersurface;
import org.metricflow.numeric.sampling.LineIntersectionSampler;
import org.metricflow.numeric.sample.PointSample;
import org.metricflow.numeric.sampling.SamplerOptions;

class PotentialFlowTest {

    private static PointSample sample(ProjectiveHypersurface x, int n, long seed) {
        return new LineIntersectionSampler(x, SamplerOptions.defaults().withSeed(seed).withThreads(2)).sample(n);
    }

    @ParameterizedTest
    @EnumSource(KahlerFlow.class)
    void flowLowersSigmaOnUnseenPointsAndResumesExactly(KahlerFlow kind, @TempDir Path dir) {
        ProjectiveHypersurface x = ProjectiveHypersurface.fermatCubic();
        PointSample train = sample(x, 4000, 1);
        PointSample test = sample(x, 4000, 2);
        AlgebraicMetric start = Donaldson.balance(AlgebraicMetric.multinomial(x, 3), train, 10, 1e-4, 2, i -> { })
                .metric();
        EpochOptions four = new EpochOptions(4, 500, 0.01, 0.9, 3, 2);
        AlgebraicMetric full = new PotentialFlow(start, train, four, kind).run(e -> { });
        assertThat(full.estimate(test, 2).sigma().value())
                .isLessThan(start.estimate(test, 2).sigma().value() / 2);

        Path file = dir.resolve("state.ckpt");
        new PotentialFlow(start, train, new EpochOptions(2, 500, 0.01, 0.9, 3, 2), kind)
                .run(null, file, e -> { });
        List<Integer> epochs = new ArrayList<>();
        AlgebraicMetric resumed = new PotentialFlow(start, train, four, kind)
                .run(Checkpoint.read(file), null, e -> epochs.add(e.epoch()));
        assertThat(epochs).containsExactly(3, 4);
        assertThat(resumed.h().data).containsExactly(full.h().data);

        KahlerFlow other = KahlerFlow.values()[(kind.ordinal() + 1) % KahlerFlow.values().length];
        assertThatThrownBy(() -> new PotentialFlow(start, train, four, other).run(Checkpoint.read(file), null,
                e -> { })).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("another run");
    }

    @Test
    void velocitiesAreTheSymbolicLayersForms() {
        assertThat(KahlerFlow.MONGE_AMPERE.velocity()).isEmpty();
        assertThat(KahlerFlow.KAHLER_RICCI.velocity()).hasValueSatisfying(v -> {
            assertThat(v.logVolumeRatio()).isEqualTo(1);
            assertThat(v.scalar()).isZero();
        });
        assertThat(KahlerFlow.CALABI.velocity()).hasValueSatisfying(v -> {
            assertThat(v.logVolumeRatio()).isZero();
            assertThat(v.scalar()).isEqualTo(1);
        });
        assertThat(KahlerFlow.of("kahler-ricci")).isEqualTo(KahlerFlow.KAHLER_RICCI);
        assertThatThrownBy(() -> KahlerFlow.of("ricci"))
                .hasMessageContaining("unknown flow 'ricci'");
    }
}
