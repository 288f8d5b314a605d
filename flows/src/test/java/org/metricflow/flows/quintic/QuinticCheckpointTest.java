package org.metricflow.flows.quintic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metricflow.numeric.manifold.ProjectiveHypersurface;
import org.metricflow.numeric.sampling.LineIntersectionSampler;
import org.metricflow.numeric.sample.PointSample;
import org.metricflow.numeric.sampling.SamplerOptions;

/** Checkpoint and resume of the quintic flow on 500 training / 200 test points. */
class QuinticCheckpointTest {

    private static final PointSample TRAIN = sample(500, 3);
    private static final PointSample TEST = sample(200, 4);

    @TempDir
    Path dir;

    private static PointSample sample(int n, long seed) {
        return new LineIntersectionSampler(ProjectiveHypersurface.fermatQuintic(), SamplerOptions.defaults()
                .withSeed(seed)).sample(n);
    }

    private static QuinticKernelFlow flow(QuinticFlowOptions o) {
        return new QuinticKernelFlow(TRAIN, TEST, o, 2);
    }

    /**
     * 6 uninterrupted steps equal 4 steps, a checkpoint, a fresh flow resumed from it and 2 more steps, bit for bit —
     * for the Delta kernel and for the dense clipped Gaussian; the atomic write leaves no temporary file behind.
     */
    @Test
    void resumedRunEqualsUninterruptedRun() throws IOException {
        QuinticFlowOptions[] cases = {
            QuinticFlowOptions.table1(QuinticKernel.DELTA).withLearningRate(0.03).withLoss(SigmaLoss.SQUARED)
                    .withPositivity(PositivityPolicy.CLIP),
            QuinticFlowOptions.table1(QuinticKernel.GAUSSIAN).withLearningRate(1e-6)
                    .withPositivity(PositivityPolicy.CLIP)};
        for (QuinticFlowOptions o : cases) {
            QuinticKernelFlow whole = flow(o);
            assertThat(whole.run(6, null).history()).hasSize(6);
            QuinticKernelFlow first = flow(o);
            first.run(4, null);
            Path file = dir.resolve(o.kernel() + ".ckpt");
            QuinticCheckpoint.write(first, 2, file);
            QuinticKernelFlow resumed = flow(o);
            assertThat(QuinticCheckpoint.resume(resumed, 2, file)).isEqualTo(4);
            QuinticFlowResult r = resumed.run(2, null);
            assertThat(r.state().step()).isEqualTo(6);
            assertThat(r.state().train()).containsExactly(whole.state().train());
            assertThat(r.state().test()).containsExactly(whole.state().test());
            assertThat(r.state().train()).isNotEqualTo(first.state().train());
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("DELTA.ckpt",
                    "GAUSSIAN.ckpt");
        }
    }

    @Test
    void checkpointOfAnotherConfigurationOrMissingFileIsRefused() {
        QuinticFlowOptions o = QuinticFlowOptions.table1(QuinticKernel.DELTA).withLearningRate(0.03);
        Path file = dir.resolve("a.ckpt");
        QuinticCheckpoint.write(flow(o), 2, file);
        assertThatThrownBy(() -> QuinticCheckpoint.resume(flow(o.withLearningRate(0.02)), 2, file))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("different configuration")
                .hasMessageContaining("learningRate=0.02");
        assertThatThrownBy(() -> QuinticCheckpoint.resume(new QuinticKernelFlow(TRAIN, sample(200, 5), o, 2), 2,
                file)).hasMessageContaining("different configuration");
        assertThatThrownBy(() -> QuinticCheckpoint.resume(flow(o), 2, dir.resolve("missing.ckpt")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("missing.ckpt")
                .hasMessageContaining("does not exist");
    }
}
