package org.metricflow.flows.quintic;

/** What a kernel flow does when an update would make g indefinite at some point. */
public enum PositivityPolicy {
    /**
     * Apply the update as is: the flow runner's guard stops the run where g is not positive definite, keeps the last
     * good state and names the flow time and the point.
     */
    STOP,
    /** Halve the update at each offending point until g stays positive definite ({@code flows.StepHalving}; counted). */
    CLIP
}
