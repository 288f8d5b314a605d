package org.metricflow.flows.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metricflow.flows.TestFlows;
import org.metricflow.flows.grid.TorusGrid;
import org.metricflow.flows.local.LocalFlow;

class FlowRunnerTest {

    @TempDir
    Path dir;

    private static double[] initial(TorusGrid grid) {
        return grid.sample(x -> 0.3 * Math.cos(x[0] + 2 * x[1]) + 0.2 * Math.sin(x[1]) * Math.cos(3 * x[0]));
    }

    @Test
    void resumingFromACheckpointReproducesTheUninterruptedRunBitForBit() {
        var grid = new TorusGrid(2, 16);
        var flow = new LocalFlow(TestFlows.conformalRicci2d(), grid, 2);
        for (IntegrationOptions base : List.of(IntegrationOptions.adaptive(1e-9),
                IntegrationOptions.fixedStep(Stepper.EULER, 1e-3))) {
            var straight = new FlowRunner(base.withCheckpoints(dir.resolve("a.ckpt"), 0.05))
                    .run(flow, initial(grid), 0.2);
            var half = new FlowRunner(base.withCheckpoints(dir.resolve("b.ckpt"), 0.05))
                    .run(flow, initial(grid), 0.1);
            assertThat(half.checkpoints()).isEqualTo(2);
            var checkpoint = Checkpoint.read(dir.resolve("b.ckpt"));
            assertThat(checkpoint.time()).isEqualTo(0.1);
            var resumed = new FlowRunner(base.withCheckpoints(dir.resolve("b.ckpt"), 0.05))
                    .resume(flow, checkpoint, 0.2);
            assertThat(resumed.state()).as(base.stepper().toString()).containsExactly(straight.state());
            assertThat(resumed.steps()).isEqualTo(straight.steps());
            assertThat(resumed.time()).isEqualTo(0.2);
            // and the flow really moved
            assertThat(Math.abs(straight.state()[0] - initial(grid)[0])).isGreaterThan(1e-3);
        }
    }

    @Test
    void resumeRejectsAnotherRunsCheckpointAndCorruptFiles() throws IOException {
        var grid = new TorusGrid(2, 8);
        var flow = new LocalFlow(TestFlows.heat(2), grid, 1);
        var options = IntegrationOptions.adaptive(1e-8).withCheckpoints(dir.resolve("c.ckpt"), 0.05);
        new FlowRunner(options).run(flow, initial(grid), 0.05);
        var checkpoint = Checkpoint.read(dir.resolve("c.ckpt"));
        var otherTolerance = new FlowRunner(IntegrationOptions.adaptive(1e-6).withSegments(0.05));
        assertThatThrownBy(() -> otherTolerance.resume(flow, checkpoint, 0.1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("another run");
        byte[] bytes = Files.readAllBytes(dir.resolve("c.ckpt"));
        bytes[bytes.length / 2] ^= 1;
        Files.write(dir.resolve("bad.ckpt"), bytes);
        assertThatThrownBy(() -> Checkpoint.read(dir.resolve("bad.ckpt"))).hasMessageContaining("CRC");
        Files.write(dir.resolve("short.ckpt"), java.util.Arrays.copyOf(bytes, 40));
        assertThatThrownBy(() -> Checkpoint.read(dir.resolve("short.ckpt"))).hasMessageContaining("corrupt");
        assertThatThrownBy(() -> Checkpoint.read(dir.resolve("none.ckpt"))).hasMessageContaining("does not exist");
        assertThat(Files.list(dir).filter(p -> p.toString().endsWith(".tmp"))).isEmpty();
    }

    @Test
    void degeneratingMetricStopsWithReportAndKeepsLastGoodState() {
        var grid = new TorusGrid(2, 8);
        var flow = new LocalFlow(TestFlows.drain(2), grid, 1);
        double[] y = TestFlows.flatComponents(2, grid.points());
        double[] g11 = grid.sample(x -> 1 + 0.5 * Math.cos(x[0]));
        System.arraycopy(g11, 0, y, 0, g11.length);
        var result = new FlowRunner(IntegrationOptions.fixedStep(Stepper.CLASSICAL_RUNGE_KUTTA, 0.01))
                .run(flow, y, 2.0);
        assertThat(result.status()).isEqualTo(FlowStatus.STOPPED);
        var report = result.stop().orElseThrow();
        assertThat(report.reason()).isEqualTo(GuardReport.Reason.NOT_POSITIVE_DEFINITE);
        // g11 = 1 + 0.5 cos x − t first reaches 1e−8 at x = π, t = 0.5
        assertThat(report.coordinates()[0]).isCloseTo(Math.PI, within(1e-12));
        assertThat(report.time()).isCloseTo(0.5, within(0.0100001));
        assertThat(report.value()).isLessThanOrEqualTo(1e-8);
        assertThat(result.time()).isCloseTo(report.time() - 0.01, within(1e-9));
        assertThat(result.state()[grid.points() / 2]).isGreaterThan(1e-8);
        assertThat(report.message()).contains("NOT_POSITIVE_DEFINITE", "t=", "point");
    }

    @Test
    void blowUpAndNonFiniteStatesStopTheRun() {
        var grid = new TorusGrid(1, 8);
        var flow = new LocalFlow(TestFlows.riccati(1), grid, 1);
        double[] u = grid.sample(x -> 1 + 0.1 * Math.cos(x[0]));
        var result = new FlowRunner(IntegrationOptions.adaptive(1e-8)).run(flow, u, 2.0);
        assertThat(result.status()).isEqualTo(FlowStatus.STOPPED);
        var report = result.stop().orElseThrow();
        // u = u0/(1 − u0 t) reaches ½ ln 1e8 ≈ 9.2 (eigenvalue e^{2u} = 1e8) just before t = 1/1.1
        assertThat(report.reason()).isIn(GuardReport.Reason.BLOW_UP, GuardReport.Reason.INTEGRATOR_FAILURE);
        assertThat(result.time()).isLessThan(report.time()).isGreaterThan(0.7);
        assertThat(report.time()).isLessThan(1 / 1.1);
        assertThat(java.util.Arrays.stream(result.state()).allMatch(Double::isFinite)).isTrue();
    }

    @Test
    void initialStateThatIsNotPositiveDefiniteIsRejectedBeforeAnyWork() {
        var grid = new TorusGrid(2, 8);
        var flow = new LocalFlow(TestFlows.componentHeat(2), grid, 1);
        double[] y = TestFlows.flatComponents(2, grid.points());
        double[] g12 = grid.sample(x -> 1.5 * Math.cos(x[1]));
        System.arraycopy(g12, 0, y, grid.points(), g12.length);
        assertThatThrownBy(() -> new FlowRunner(IntegrationOptions.adaptive(1e-8)).run(flow, y, 1.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NOT_POSITIVE_DEFINITE").hasMessageContaining("-0.5");
        assertThatThrownBy(() -> new FlowRunner(IntegrationOptions.adaptive(1e-8)).run(flow, y, 0.0))
                .hasMessageContaining("end time");
    }

    @Test
    void observersSeeTheInitialStateAndEveryAcceptedStep() {
        var grid = new TorusGrid(2, 8);
        var flow = new LocalFlow(TestFlows.heat(2), grid, 1);
        List<double[]> seen = new ArrayList<>();
        var result = new FlowRunner(IntegrationOptions.fixedStep(Stepper.EULER, 0.01).withSegments(0.05))
                .withObserver(s -> seen.add(new double[] {s.time(), s.step()}))
                .run(flow, initial(grid), 0.1);
        assertThat(seen).hasSize(11);
        assertThat(seen.get(0)).containsExactly(0, 0);
        assertThat(seen.get(10)[0]).isCloseTo(0.1, within(1e-12));
        assertThat(result.steps()).isEqualTo(10);
        assertThat(result.evaluations()).isEqualTo(10 + 2); // Hipparchus evaluates the start of each segment once more
    }
}
