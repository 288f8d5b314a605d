package org.metricflow.flows.quintic;

/** What a kernel flow does when an update would make g indefinite at some point. */
public enum PositivityPolicy {
    /** Stop before the step, keep the last good state and report the step, point and reason. */
    STOP,
    /** Halve the update at each offending point until g stays positive definite (counted and logged). */
    CLIP
}
