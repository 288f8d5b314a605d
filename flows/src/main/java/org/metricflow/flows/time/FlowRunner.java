package org.metricflow.flows.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hipparchus.exception.MathRuntimeException;
import org.hipparchus.ode.ODEIntegrator;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.sampling.ODEStateInterpolator;
import org.hipparchus.ode.sampling.ODEStepHandler;
import org.metricflow.flows.Flow;

/**
 * Integrates a {@link Flow} in time with the Hipparchus integrator of its {@link IntegrationOptions}, in segments
 * ending at the multiples of the checkpoint interval (see {@link org.metricflow.flows.time}), checking the guards
 * after every accepted step and telling the observers. Immutable; observers are added with
 * {@link #withObserver}.
 */
public final class FlowRunner {

    private final IntegrationOptions options;
    private final List<FlowObserver> observers;

    public FlowRunner(IntegrationOptions options) {
        this(options, List.of());
    }

    private FlowRunner(IntegrationOptions options, List<FlowObserver> observers) {
        this.options = options;
        this.observers = List.copyOf(observers);
    }

    public IntegrationOptions options() {
        return options;
    }

    /** A copy that also tells {@code observer} about the initial state and every accepted step. */
    public FlowRunner withObserver(FlowObserver observer) {
        List<FlowObserver> all = new ArrayList<>(observers);
        all.add(observer);
        return new FlowRunner(options, all);
    }

    /** Identifies the run a checkpoint belongs to: the flow and every option that changes the arithmetic. */
    public String fingerprint(Flow flow) {
        return flow.describe() + " | " + options.describe();
    }

    /**
     * Runs from t = 0 to {@code tEnd}.
     *
     * @throws IllegalArgumentException when tEnd ≤ 0, the state has the wrong length, or the initial state fails
     *                                  the guards (e.g. a metric that is not positive definite: the message names
     *                                  the point and the eigenvalue)
     */
    public FlowResult run(Flow flow, double[] initial, double tEnd) {
        return integrate(flow, 0, initial, 0, tEnd);
    }

    /**
     * Continues a run from a checkpoint to {@code tEnd}. When the checkpoint was written at a segment end the
     * result is bit-identical to the uninterrupted run.
     *
     * @throws IllegalArgumentException when the checkpoint belongs to another run (fingerprint mismatch) or tEnd is
     *                                  not after its time
     */
    public FlowResult resume(Flow flow, Checkpoint checkpoint, double tEnd) {
        String expected = fingerprint(flow);
        if (!expected.equals(checkpoint.fingerprint())) {
            throw new IllegalArgumentException("checkpoint was written by another run: it has '"
                    + checkpoint.fingerprint() + "', this run is '" + expected + "'");
        }
        return integrate(flow, checkpoint.time(), checkpoint.state(), checkpoint.steps(), tEnd);
    }

    /**
     * Checks a start state against the guards without running (so bad input fails before any work).
     *
     * @throws IllegalArgumentException naming the violation (point, coordinates, eigenvalue)
     */
    public void validate(Flow flow, double[] state) {
        if (state.length != flow.stateDimension()) {
            throw new IllegalArgumentException("initial state has " + state.length + " entries, the flow needs "
                    + flow.stateDimension());
        }
        new Guard(flow, options.guard()).check(0, state).ifPresent(r -> {
            throw new IllegalArgumentException("initial state of " + flow.definition().name() + " rejected: "
                    + r.message());
        });
    }

    private FlowResult integrate(Flow flow, double t0, double[] y0, long steps0, double tEnd) {
        if (!(tEnd > t0) || Double.isInfinite(tEnd)) {
            throw new IllegalArgumentException("end time must be finite and after the start time " + t0 + ", got "
                    + tEnd);
        }
        validate(flow, y0);
        Guard guard = new Guard(flow, options.guard());
        StepMonitor monitor = new StepMonitor(guard, t0, y0, steps0);
        FlowOde ode = new FlowOde(flow);
        String fingerprint = fingerprint(flow);
        double t = t0;
        double[] y = y0.clone();
        long evaluations = 0;
        int checkpoints = 0;
        while (t < tEnd) {
            double next = Math.min(tEnd, nextBoundary(t));
            ODEIntegrator integrator = options.stepper().create(options, next - t);
            integrator.addStepHandler(monitor);
            try {
                ODEStateAndDerivative end = integrator.integrate(ode, new ODEState(t, y), next);
                t = end.getTime();
                y = end.getPrimaryState();
            } catch (GuardTrip trip) {
                return stopped(monitor, evaluations + integrator.getEvaluations(), trip.report, checkpoints);
            } catch (MathRuntimeException e) {
                GuardReport report = new GuardReport(GuardReport.Reason.INTEGRATOR_FAILURE, monitor.lastTime, -1,
                        new double[0], Double.NaN, e.getMessage());
                return stopped(monitor, evaluations + integrator.getEvaluations(), report, checkpoints);
            }
            evaluations += integrator.getEvaluations();
            if (options.checkpointFile().isPresent()) {
                new Checkpoint(fingerprint, t, monitor.steps, y).write(options.checkpointFile().get());
                checkpoints++;
            }
        }
        return new FlowResult(FlowStatus.COMPLETED, t, y, monitor.steps, evaluations, Optional.empty(), checkpoints);
    }

    /** The first multiple k·Δ of the checkpoint interval after t (relative slack 1e−9 against rounding). */
    private double nextBoundary(double t) {
        double interval = options.checkpointInterval();
        if (Double.isInfinite(interval)) {
            return Double.POSITIVE_INFINITY;
        }
        double k = Math.floor(t / interval + 1e-9) + 1;
        return k * interval;
    }

    private static FlowResult stopped(StepMonitor m, long evaluations, GuardReport report, int checkpoints) {
        return new FlowResult(FlowStatus.STOPPED, m.lastTime, m.lastGood, m.steps, evaluations, Optional.of(report),
                checkpoints);
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

    /** Checks every accepted step, keeps the last good state, and tells the observers. */
    private final class StepMonitor implements ODEStepHandler {
        private final Guard guard;
        double lastTime;
        double[] lastGood;
        long steps;

        StepMonitor(Guard guard, double t0, double[] y0, long steps0) {
            this.guard = guard;
            this.lastTime = t0;
            this.lastGood = y0.clone();
            this.steps = steps0;
            FlowSnapshot start = new FlowSnapshot(t0, steps0, lastGood);
            observers.forEach(o -> o.observe(start));
        }

        @Override
        public void handleStep(ODEStateInterpolator interpolator) {
            ODEStateAndDerivative s = interpolator.getCurrentState();
            double[] y = s.getPrimaryState();
            Optional<GuardReport> bad = guard.check(s.getTime(), y);
            if (bad.isPresent()) {
                throw new GuardTrip(bad.get());
            }
            steps++;
            lastTime = s.getTime();
            lastGood = y;
            FlowSnapshot snapshot = new FlowSnapshot(lastTime, steps, y);
            observers.forEach(o -> o.observe(snapshot));
        }
    }
}
