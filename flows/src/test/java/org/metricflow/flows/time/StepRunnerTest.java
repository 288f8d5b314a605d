package org.metricflow.flows.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metricflow.flows.PointMetric;
import org.metricflow.flows.StepFlow;
import org.metricflow.flows.StepHalving;
import org.metricflow.flows.StepOutcome;
import org.metricflow.flows.TestFlows;
import org.metricflow.flows.grid.TorusGrid;
import org.metricflow.flows.local.LocalFlow;

/** The flow runner on a step flow over a point cloud: halving, growth, guards, checkpoints, resume. */
class StepRunnerTest {

    @TempDir
    Path dir;

    /**
     * A 1×1 metric g_i at points x_i = i/10 relaxing to targets a_i by explicit steps g ← g − h(g − a) (the residual
     * is multiplied by 1 − h exactly); a step that raises Σ(g − a)² is rejected, a residual below 1e−30 is stationary,
     * and a step larger than {@code failAbove} fails.
     */
    private record Relaxation(double[] targets, double failAbove) implements StepFlow {

        @Override
        public int stateDimension() {
            return targets.length;
        }

        @Override
        public PointMetric metric() {
            return new PointMetric() {
                @Override
                public int points() {
                    return targets.length;
                }

                @Override
                public int size() {
                    return 1;
                }

                @Override
                public void metrics(double[] state, double[] out) {
                    System.arraycopy(state, 0, out, 0, state.length);
                }

                @Override
                public double[] coordinates(int point) {
                    return new double[] {point / 10.0};
                }
            };
        }

        @Override
        public String describe() {
            return "relaxation " + java.util.Arrays.toString(targets);
        }

        @Override
        public StepOutcome step(double t, double[] state, double h) {
            if (h > failAbove) {
                return new StepOutcome.Failed("h = " + h + " is too large");
            }
            double before = loss(state);
            if (before < 1e-30) {
                return new StepOutcome.Stationary("at the targets");
            }
            double[] next = state.clone();
            for (int i = 0; i < next.length; i++) {
                next[i] -= h * (state[i] - targets[i]);
            }
            return loss(next) > before ? new StepOutcome.Rejected("loss rose") : new StepOutcome.Accepted(next, 0);
        }

        private double loss(double[] g) {
            double s = 0;
            for (int i = 0; i < g.length; i++) {
                s += (g[i] - targets[i]) * (g[i] - targets[i]);
            }
            return s;
        }
    }

    private static final double[] START = {1, 1, 1, 1};

    /**
     * h₀ = 3 is rejected (|1 − h| = 2) and halved to 1.5, then h grows ×1.5 and is halved whenever |1 − h| > 1: the
     * residual after the run equals Π(1 − h_k)(g₀ − a) over the step sizes the observer saw (exact, powers of two and
     * of 1.5), and a run stopped after 5 steps and resumed from its checkpoint to 10 is bit-identical.
     */
    @Test
    void halvesRejectedStepsGrowsAcceptedOnesAndResumesBitForBit() {
        Relaxation flow = new Relaxation(new double[] {2, 3, 4, 5}, Double.POSITIVE_INFINITY);
        Path file = dir.resolve("r.ckpt");
        StepOptions options = new StepOptions(3, 1.5, 10, 2, java.util.Optional.of(file), GuardOptions.POSITIVE_DEFINITE);
        List<Double> times = new ArrayList<>();
        FlowResult whole = new FlowRunner(options).withObserver(s -> times.add(s.time())).run(flow, START,
                Double.POSITIVE_INFINITY);
        assertThat(whole.status()).isEqualTo(FlowStatus.COMPLETED);
        assertThat(whole.steps()).isEqualTo(10);
        assertThat(times.get(1)).isEqualTo(1.5);
        double factor = 1;
        for (int k = 1; k < times.size(); k++) {
            factor *= 1 - (times.get(k) - times.get(k - 1));
        }
        for (int i = 0; i < START.length; i++) {
            assertThat(whole.state()[i] - flow.targets()[i]).isCloseTo(factor * (START[i] - flow.targets()[i]),
                    within(1e-12));
        }
        StepOptions five = new StepOptions(3, 1.5, 5, 2, java.util.Optional.of(file), GuardOptions.POSITIVE_DEFINITE);
        FlowResult first = new FlowRunner(five).run(flow, START, Double.POSITIVE_INFINITY);
        assertThat(first.checkpoints()).isEqualTo(3);
        Checkpoint c = Checkpoint.read(file);
        assertThat(c.steps()).isEqualTo(5);
        FlowResult resumed = new FlowRunner(options).resume(flow, c, Double.POSITIVE_INFINITY);
        assertThat(resumed.state()).containsExactly(whole.state());
        assertThat(resumed.time()).isEqualTo(whole.time());
        assertThat(resumed.steps()).isEqualTo(10);
        assertThatThrownBy(() -> new FlowRunner(options.withGrowth(2)).resume(flow, c, Double.POSITIVE_INFINITY))
                .hasMessageContaining("written by another run");
    }

    /** A step that makes g_3 = 1 − 0.75·2 = −0.5 stops the run at point 3 (x = 0.3), keeping the start state. */
    @Test
    void guardNamesThePointAndKeepsTheLastGoodState() {
        Relaxation flow = new Relaxation(new double[] {1, 1, 1, -1}, Double.POSITIVE_INFINITY);
        FlowResult r = new FlowRunner(StepOptions.fixed(0.75, 5)).run(flow, START, Double.POSITIVE_INFINITY);
        assertThat(r.status()).isEqualTo(FlowStatus.STOPPED);
        GuardReport g = r.stop().orElseThrow();
        assertThat(g.reason()).isEqualTo(GuardReport.Reason.NOT_POSITIVE_DEFINITE);
        assertThat(g.point()).isEqualTo(3);
        assertThat(g.coordinates()).containsExactly(0.3);
        assertThat(g.value()).isEqualTo(-0.5);
        assertThat(g.message()).startsWith("NOT_POSITIVE_DEFINITE at t=0.75 at point 3 x=[0.3]");
        assertThat(r.state()).containsExactly(START);
        assertThat(r.steps()).isZero();
    }

    /**
     * A failed step stops with its reason; a step that cannot be halved enough stops after
     * {@link StepHalving#MAX_HALVINGS} halvings; a stationary state ends the run as converged; a velocity flow is
     * refused by a step runner.
     */
    @Test
    void failuresStationaryStatesAndWrongFlowKinds() {
        FlowResult failed = new FlowRunner(StepOptions.fixed(2, 5)).run(new Relaxation(new double[] {2, 2, 2, 2}, 1),
                START, Double.POSITIVE_INFINITY);
        assertThat(failed.status()).isEqualTo(FlowStatus.STOPPED);
        assertThat(failed.stop().orElseThrow().reason()).isEqualTo(GuardReport.Reason.INTEGRATOR_FAILURE);
        assertThat(failed.stop().orElseThrow().detail()).isEqualTo("h = 2.0 is too large");
        FlowResult converged = new FlowRunner(StepOptions.fixed(1, 5)).run(new Relaxation(new double[] {2, 2, 2, 2},
                9), START, Double.POSITIVE_INFINITY);
        assertThat(converged.status()).isEqualTo(FlowStatus.CONVERGED);
        assertThat(converged.steps()).isEqualTo(1);
        assertThat(converged.state()).containsExactly(2, 2, 2, 2);
        StepFlow never = new StepFlow() {
            private final Relaxation inner = new Relaxation(new double[] {2, 2, 2, 2}, 9);

            @Override
            public int stateDimension() {
                return 4;
            }

            @Override
            public PointMetric metric() {
                return inner.metric();
            }

            @Override
            public String describe() {
                return "never accepted";
            }

            @Override
            public StepOutcome step(double t, double[] state, double h) {
                return new StepOutcome.Rejected("always");
            }
        };
        FlowResult halved = new FlowRunner(StepOptions.fixed(1, 5)).run(never, START, Double.POSITIVE_INFINITY);
        assertThat(halved.stop().orElseThrow().detail()).isEqualTo("no step down to h = "
                + Math.scalb(1.0, -StepHalving.MAX_HALVINGS) + " is accepted: always");
        assertThat(halved.evaluations()).isEqualTo(StepHalving.MAX_HALVINGS + 1);
        var grid = new TorusGrid(1, 8);
        var velocity = new LocalFlow(TestFlows.heat(1), grid, 1);
        assertThatThrownBy(() -> new FlowRunner(StepOptions.fixed(1, 1)).run(velocity, grid.sample(x -> 1), 1))
                .hasMessageContaining("this runner advances step flows");
    }
}
