package org.metricflow.flows;

/**
 * What the flow runner ({@code flows.time.FlowRunner}) needs of any metric flow, on a torus grid or on a point cloud:
 * the length of its state vector, a read-out of the metric the state represents at each point (for the guards), and a
 * description for checkpoint fingerprints. The dynamics is either a velocity ({@link VelocityFlow}, integrated by a
 * Hipparchus integrator) or a discrete step map ({@link StepFlow}: gradient-descent, implicit or optimiser steps).
 */
public sealed interface MetricFlow permits VelocityFlow, StepFlow {

    /** Length of the state vector. */
    int stateDimension();

    /** A fresh read-out of g at the points of a state (owns buffers: one per caller). */
    PointMetric metric();

    /**
     * Everything the arithmetic of a step depends on besides the state (flow, options, points, thread count where
     * sums are ordered per thread): part of a checkpoint fingerprint.
     */
    String describe();
}
