package org.metricflow.flows.time;

/** How a run ended. */
public enum FlowStatus {
    /** Reached the requested time. */
    COMPLETED,
    /** Stopped by a guard or an integrator failure; the result holds the last good state. */
    STOPPED
}
