package org.metricflow.flows.time;

/** How a run ended. */
public enum FlowStatus {
    /** Reached the requested time. */
    COMPLETED,
    /** A step flow reached a fixed point (to round-off) before the requested time; the state is final. */
    CONVERGED,
    /** Stopped by a guard an integrator failure, or a step that failed or could not be halved enough; the result holds the last good state. */
    STOPPED
}
