package org.metricflow.flows.time;

/**
 * Sees the initial state and the state after every accepted step that passed the guards (adapted to Hipparchus'
 * {@link org.hipparchus.ode.sampling.ODEStepHandler} by the runner). Monitors, recorders and progress bars
 * implement it.
 */
@FunctionalInterface
public interface FlowObserver {

    void observe(FlowSnapshot snapshot);
}
