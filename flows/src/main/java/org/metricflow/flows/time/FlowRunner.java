package org.metricflow.flows.time;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hipparchus.exception.MathRuntimeException;
import org.hipparchus.ode.ODEIntegrator;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.sampling.ODEStateInterpolator;
import org.hipparchus.ode.sampling.ODEStepHandler;
import org.metricflow.flows.MetricFlow;
import org.metricflow.flows.StepFlow;
import org.metricflow.flows.StepHalving;
import org.metricflow.flows.StepOutcome;
import org.metricflow.flows.VelocityFlow;

/**
 * The one runtime of the flows, on torus grids and on point clouds. A {@link VelocityFlow} is integrated with the
 * Hipparchus integrator of {@link IntegrationOptions}, in segments ending at the multiples of the checkpoint interval
 * (see {@link org.metricflow.flows.time}); a {@link StepFlow} is advanced by its step map with the step sizes of
 * {@link StepOptions}, a rejected step halved ({@link StepHalving}). Either way the guards are checked after every
 * accepted step (a violation stops the run, keeps the last good state and names the point), the observers see every
 * accepted state, checkpoints are written on the schedule of the options, and a run resumed from a checkpoint is
 * bit-identical to the uninterrupted run. Immutable; observers are added with {@link #withObserver}.
 */
public final class FlowRunner {

    private final IntegrationOptions integration;
    private final StepOptions stepping;
    private final List<FlowObserver> observers;

    /** A runner for velocity flows. */
    public FlowRunner(IntegrationOptions options) {
        this(Objects.requireNonNull(options, "options"), null, List.of());
    }

    /** A runner for step flows. */
    public FlowRunner(StepOptions options) {
        this(null, Objects.requireNonNull(options, "options"), List.of());
    }

    private FlowRunner(IntegrationOptions integration, StepOptions stepping, List<FlowObserver> observers) {
        this.integration = integration;
        this.stepping = stepping;
        this.observers = List.copyOf(observers);
    }

    /** The integration options of a runner for velocity flows. */
    public IntegrationOptions options() {
        if (integration == null) {
            throw new IllegalStateException("this runner advances step flows: " + stepping.describe());
        }
        return integration;
    }

    /** A copy that also tells {@code observer} about the initial state and every accepted step. */
    public FlowRunner withObserver(FlowObserver observer) {
        List<FlowObserver> all = new ArrayList<>(observers);
        all.add(observer);
        return new FlowRunner(integration, stepping, all);
    }

    /** Identifies the run a checkpoint belongs to: the flow and every option that changes the arithmetic. */
    public String fingerprint(MetricFlow flow) {
        return flow.describe() + " | " + (integration != null ? integration.describe() : stepping.describe());
    }

    /**
     * Runs from t = 0 to {@code tEnd} (a step flow also stops after {@link StepOptions#maxSteps()}; its tEnd may be
     * infinite).
     *
     * @throws IllegalArgumentException when tEnd ≤ 0, the state has the wrong length, the runner does not advance
     *                                  this kind of flow, or the initial state fails the guards (e.g. a metric that
     *                                  is not positive definite: the message names the point and the eigenvalue)
     */
    public FlowResult run(MetricFlow flow, double[] initial, double tEnd) {
        return advance(flow, 0, initial, 0, integration != null ? Double.NaN : stepping.step(), tEnd);
    }

    /**
     * Continues a run from a checkpoint to {@code tEnd}: bit-identical to the uninterrupted run.
     *
     * @throws IllegalArgumentException when the checkpoint belongs to another run (fingerprint mismatch) or tEnd is
     *                                  not after its time
     */
    public FlowResult resume(MetricFlow flow, Checkpoint checkpoint, double tEnd) {
        String expected = fingerprint(flow);
        if (!expected.equals(checkpoint.fingerprint())) {
            throw new IllegalArgumentException("checkpoint was written by another run: it has '"
                    + checkpoint.fingerprint() + "', this run is '" + expected + "'");
        }
        if (stepping != null && checkpoint.steps() > stepping.maxSteps()) {
            throw new IllegalArgumentException("--steps must be >= the " + checkpoint.steps() + " steps already done "
                    + "in the checkpoint, got " + stepping.maxSteps());
        }
        return advance(flow, checkpoint.time(), checkpoint.state(), checkpoint.steps(), checkpoint.nextStep(), tEnd);
    }

    /**
     * Checks a start state against the guards without running (so bad input fails before any work).
     *
     * @throws IllegalArgumentException naming the violation (point, coordinates, eigenvalue)
     */
    public void validate(MetricFlow flow, double[] state) {
        if (state.length != flow.stateDimension()) {
            throw new IllegalArgumentException("initial state has " + state.length + " entries, the flow needs "
                    + flow.stateDimension());
        }
        new Guard(flow, guardOptions()).check(0, state).ifPresent(r -> {
            throw new IllegalArgumentException("initial state of " + flow.describe() + " rejected: " + r.message());
        });
    }

    private GuardOptions guardOptions() {
        return integration != null ? integration.guard() : stepping.guard();
    }

    private Optional<Path> checkpointFile() {
        return integration != null ? integration.checkpointFile() : stepping.checkpointFile();
    }

    private FlowResult advance(MetricFlow flow, double t0, double[] y0, long steps0, double h0, double tEnd) {
        if (integration != null && flow instanceof VelocityFlow v) {
            if (!(tEnd > t0) || Double.isInfinite(tEnd)) {
                throw new IllegalArgumentException("end time must be finite and after the start time " + t0
                        + ", got " + tEnd);
            }
            return integrate(v, t0, y0, steps0, tEnd);
        }
        if (stepping != null && flow instanceof StepFlow s) {
            if (!(tEnd > t0)) {
                throw new IllegalArgumentException("end time must be after the start time " + t0 + ", got " + tEnd);
            }
            return iterate(s, t0, y0, steps0, h0, tEnd);
        }
        throw new IllegalArgumentException(flow.describe() + " is a " + (flow instanceof StepFlow ? "step" : "velocity")
                + " flow; this runner advances " + (integration != null ? "velocity" : "step") + " flows");
    }

    private FlowResult integrate(VelocityFlow flow, double t0, double[] y0, long steps0, double tEnd) {
        validate(flow, y0);
        Monitor monitor = new Monitor(new Guard(flow, integration.guard()), t0, y0, steps0);
        StepHandler handler = new StepHandler(monitor);
        FlowOde ode = new FlowOde(flow);
        String fingerprint = fingerprint(flow);
        double t = t0;
        double[] y = y0.clone();
        long evaluations = 0;
        while (t < tEnd) {
            double next = Math.min(tEnd, nextBoundary(t));
            ODEIntegrator integrator = integration.stepper().create(integration, next - t);
            integrator.addStepHandler(handler);
            try {
                ODEStateAndDerivative end = integrator.integrate(ode, new ODEState(t, y), next);
                t = end.getTime();
                y = end.getPrimaryState();
            } catch (GuardTrip trip) {
                return monitor.stopped(evaluations + integrator.getEvaluations(), trip.report);
            } catch (MathRuntimeException e) {
                return monitor.stopped(evaluations + integrator.getEvaluations(), monitor.failure(e.getMessage()));
            }
            evaluations += integrator.getEvaluations();
            monitor.checkpoint(fingerprint, t, y, Double.NaN);
        }
        return new FlowResult(FlowStatus.COMPLETED, t, y, monitor.steps, evaluations, Optional.empty(),
                monitor.checkpoints);
    }

    /** The first multiple k·Δ of the checkpoint interval after t (relative slack 1e−9 against rounding). */
    private double nextBoundary(double t) {
        double interval = integration.checkpointInterval();
        if (Double.isInfinite(interval)) {
            return Double.POSITIVE_INFINITY;
        }
        double k = Math.floor(t / interval + 1e-9) + 1;
        return k * interval;
    }

    /**
     * Steps while fewer than maxSteps are done and time is left (relative slack 1e−12): h capped at the time left; a
     * rejected step retried with h/2 (h stays halved), at most {@link StepHalving#MAX_HALVINGS} times; h multiplied by
     * the growth after each accepted step; a checkpoint every checkpointEvery steps and at the end.
     */
    private FlowResult iterate(StepFlow flow, double t0, double[] y0, long steps0, double h0, double tEnd) {
        validate(flow, y0);
        Guard guard = new Guard(flow, stepping.guard());
        Monitor monitor = new Monitor(guard, t0, y0, steps0);
        String fingerprint = fingerprint(flow);
        double h = h0;
        long evaluations = 0;
        FlowStatus status = FlowStatus.COMPLETED;
        Optional<GuardReport> stop = Optional.empty();
        while (monitor.steps < stepping.maxSteps()
                && (Double.isInfinite(tEnd) || tEnd - monitor.lastTime > 1e-12 * tEnd)) {
            double t = monitor.lastTime;
            double hk = Math.min(h, tEnd - t);
            StepOutcome outcome = flow.step(t, monitor.lastGood, hk);
            evaluations++;
            for (int halvings = 1; outcome instanceof StepOutcome.Rejected && halvings <= StepHalving.MAX_HALVINGS;
                 halvings++) {
                hk /= 2;
                h = hk;
                outcome = flow.step(t, monitor.lastGood, hk);
                evaluations++;
            }
            if (outcome instanceof StepOutcome.Rejected r) {
                stop = Optional.of(monitor.failure("no step down to h = " + hk + " is accepted: " + r.reason()));
            } else if (outcome instanceof StepOutcome.Failed f) {
                stop = Optional.of(monitor.failure(f.reason()));
            } else if (outcome instanceof StepOutcome.Stationary) {
                status = FlowStatus.CONVERGED;
                break;
            } else {
                StepOutcome.Accepted a = (StepOutcome.Accepted) outcome;
                stop = monitor.accept(t + hk, a.state(), a.clipped());
            }
            if (stop.isPresent()) {
                status = FlowStatus.STOPPED;
                break;
            }
            h *= stepping.growth();
            if (monitor.steps % stepping.checkpointEvery() == 0) {
                monitor.checkpoint(fingerprint, monitor.lastTime, monitor.lastGood, h);
            }
        }
        if (monitor.checkpointed != monitor.steps) {
            monitor.checkpoint(fingerprint, monitor.lastTime, monitor.lastGood, h);
        }
        return monitor.result(status, evaluations, stop);
    }

    /** Thrown out of the step handler to stop the integrator. */
    private static final class GuardTrip extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient GuardReport report;

        GuardTrip(GuardReport report) {
            super(report.message(), null, false, false);
            this.report = report;
        }
    }

    /** Adapts the monitor to Hipparchus: checks every accepted integrator step. */
    private static final class StepHandler implements ODEStepHandler {
        private final Monitor monitor;

        StepHandler(Monitor monitor) {
            this.monitor = monitor;
        }

        @Override
        public void handleStep(ODEStateInterpolator interpolator) {
            ODEStateAndDerivative s = interpolator.getCurrentState();
            monitor.accept(s.getTime(), s.getPrimaryState(), 0).ifPresent(r -> {
                throw new GuardTrip(r);
            });
        }
    }

    /** Checks every accepted state, keeps the last good one, tells the observers and writes checkpoints. */
    private final class Monitor {
        private final Guard guard;
        double lastTime;
        double[] lastGood;
        long steps;
        long checkpointed;
        int checkpoints;

        Monitor(Guard guard, double t0, double[] y0, long steps0) {
            this.guard = guard;
            this.lastTime = t0;
            this.lastGood = y0.clone();
            this.steps = steps0;
            this.checkpointed = steps0;
            FlowSnapshot start = new FlowSnapshot(t0, steps0, 0, lastGood);
            observers.forEach(o -> o.observe(start));
        }

        /** Checks a new state; keeps it and tells the observers when it passes. */
        Optional<GuardReport> accept(double t, double[] y, int clipped) {
            Optional<GuardReport> bad = guard.check(t, y);
            if (bad.isPresent()) {
                return bad;
            }
            steps++;
            lastTime = t;
            lastGood = y;
            FlowSnapshot snapshot = new FlowSnapshot(lastTime, steps, clipped, y);
            observers.forEach(o -> o.observe(snapshot));
            return Optional.empty();
        }

        GuardReport failure(String detail) {
            return new GuardReport(GuardReport.Reason.INTEGRATOR_FAILURE, lastTime, -1, new double[0], Double.NaN,
                    detail);
        }

        void checkpoint(String fingerprint, double time, double[] state, double nextStep) {
            Optional<Path> file = checkpointFile();
            if (file.isPresent()) {
                new Checkpoint(fingerprint, time, steps, nextStep, state).write(file.get());
                checkpointed = steps;
                checkpoints++;
            }
        }

        FlowResult stopped(long evaluations, GuardReport report) {
            return result(FlowStatus.STOPPED, evaluations, Optional.of(report));
        }

        FlowResult result(FlowStatus status, long evaluations, Optional<GuardReport> stop) {
            return new FlowResult(status, lastTime, lastGood, steps, evaluations, stop, checkpoints);
        }
    }
}
