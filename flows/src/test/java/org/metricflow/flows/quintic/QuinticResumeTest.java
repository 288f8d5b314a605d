package org.metricflow.flows.quintic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metricflow.flows.time.Checkpoint;
import org.metricflow.flows.time.StepOptions;
import org.metricflow.numeric.manifold.ProjectiveHypersurface;
import org.metricflow.numeric.sampling.LineIntersectionSampler;
import org.metricflow.numeric.sample.PointSample;
import org.metricflow.numeric.sampling.SamplerOptions;

/** Checkpoint and resume of the quintic flow by the flow runner, on 500 training / 200 test points. */
class QuinticResumeTest {

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

    /** Steps of size lr to {@code total} steps, a checkpoint every 2 steps and at the end. */
    private static StepOptions schedule(QuinticFlowOptions o, int total, Path file) {
        return StepOptions.fixed(o.learningRate(), total).withCheckpoints(file, 2);
    }

    /**
     * 6 uninterrupted steps equal a run stopped after 3 steps (checkpoints at 2 and at the end, 3), a fresh flow
     * resumed from the file and run to 6 steps, bit for bit — for the Delta kernel and for the dense clipped Gaussian;
     * the atomic write leaves no temporary file behind.
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
            Path file = dir.resolve(o.kernel() + ".ckpt");
            first.run(schedule(o, 3, file), null, null);
            Checkpoint c = Checkpoint.read(file);
            assertThat(c.steps()).isEqualTo(3);
            QuinticKernelFlow resumed = flow(o);
            QuinticFlowResult r = resumed.run(schedule(o, 6, file), c, null);
            assertThat(r.history()).hasSize(3);
            assertThat(r.state().step()).isEqualTo(6);
            assertThat(r.state().train()).containsExactly(whole.state().train());
            assertThat(r.state().test()).containsExactly(whole.state().test());
            assertThat(r.state().train()).isNotEqualTo(first.state().train());
            assertThat(Checkpoint.read(file).steps()).isEqualTo(6);
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
        flow(o).run(schedule(o, 1, file), null, null);
        Checkpoint c = Checkpoint.read(file);
        QuinticFlowOptions other = o.withLearningRate(0.02);
        assertThatThrownBy(() -> flow(other).run(schedule(other, 2, file), c, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("written by another run")
                .hasMessageContaining("learningRate=0.02");
        assertThatThrownBy(() -> new QuinticKernelFlow(TRAIN, sample(200, 5), o, 2).run(schedule(o, 2, file), c,
                null)).hasMessageContaining("written by another run");
        assertThatThrownBy(() -> Checkpoint.read(dir.resolve("missing.ckpt")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("missing.ckpt")
                .hasMessageContaining("does not exist");
    }
}
