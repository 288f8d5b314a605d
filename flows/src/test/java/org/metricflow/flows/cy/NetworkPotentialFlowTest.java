package org.metricflow.flows.cy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metricflow.flows.time.Checkpoint;
import org.metricflow.numeric.kahler.Activation;
import org.metricflow.numeric.kahler.AlgebraicMetric;
import org.metricflow.numeric.kahler.NetworkMetric;
import org.metricflow.numeric.kahler.PotentialNetwork;
import org.metricflow.numeric.kahler.ProjectorFeatures;
import org.metricflow.numeric.manifold.ProjectiveHypersurface;
import org.metricflow.numeric.sample.PointSample;
import org.metricflow.numeric.sampling.LineIntersectionSampler;
import org.metricflow.numeric.sampling.SamplerOptions;

class NetworkPotentialFlowTest {

    private static PointSample sample(ProjectiveHypersurface x, int n, long seed) {
        return new LineIntersectionSampler(x, SamplerOptions.defaults().withSeed(seed).withThreads(2)).sample(n);
    }

    private static PotentialNetwork net(ProjectiveHypersurface x) {
        return new PotentialNetwork(ProjectorFeatures.count(x.coordinates()), new int[] {16}, Activation.SOFTPLUS,
                x.dimension());
    }

    @Test
    void flowLowersSigmaOfTheFubiniStudyMetricOnUnseenPointsAndResumesExactly(@TempDir Path dir) {
        ProjectiveHypersurface x = ProjectiveHypersurface.fermatQuintic();
        PointSample train = sample(x, 3000, 1);
        PointSample test = sample(x, 3000, 2);
        AlgebraicMetric fs = AlgebraicMetric.multinomial(x, 1);
        PotentialNetwork net = net(x);
        double[] theta0 = net.initial(7);
        EpochOptions ten = new EpochOptions(10, 500, 0.03, 1, 3, 2);
        NetworkMetric full = new NetworkPotentialFlow(fs, net, theta0, train, ten).run(e -> { });
        double before = fs.estimate(test, 2).sigma().value();
        double after = full.estimate(test, 2).sigma().value();
        assertThat(after).isLessThan(0.8 * before);

        Path file = dir.resolve("state.ckpt");
        new NetworkPotentialFlow(fs, net, theta0, train, new EpochOptions(5, 500, 0.03, 1, 3, 2))
                .run(null, file, e -> { });
        List<Integer> epochs = new ArrayList<>();
        NetworkMetric resumed = new NetworkPotentialFlow(fs, net, theta0, train, ten)
                .run(Checkpoint.read(file), null, e -> epochs.add(e.epoch()));
        assertThat(epochs).containsExactly(6, 7, 8, 9, 10);
        assertThat(resumed.theta()).containsExactly(full.theta());

        NetworkPotentialFlow otherSeed = new NetworkPotentialFlow(fs, net, theta0, train,
                new EpochOptions(10, 500, 0.03, 1, 4, 2));
        assertThatThrownBy(() -> otherSeed.run(Checkpoint.read(file), null, e -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("another run");
    }

    @Test
    void positivityGuardRejectsStepsInsteadOfProducingNaN() {
        ProjectiveHypersurface x = ProjectiveHypersurface.fermatQuintic();
        PointSample train = sample(x, 2000, 3);
        AlgebraicMetric fs = AlgebraicMetric.multinomial(x, 1);
        PotentialNetwork net = net(x);
        // a step size far too large for a potential: some steps make g indefinite and must be taken back
        NetworkPotentialFlow flow = new NetworkPotentialFlow(fs, net, net.initial(1), train,
                new EpochOptions(2, 200, 2.0, 1, 1, 2));
        int[] rejected = {0};
        NetworkMetric trained = flow.run(e -> {
            rejected[0] = e.rejectedSteps();
            assertThat(e.loss()).isFinite();
        });
        assertThat(rejected[0]).isPositive();
        assertThat(trained.estimate(train, 2).sigma().value()).isFinite();
    }
}
