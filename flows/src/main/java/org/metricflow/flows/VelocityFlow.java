package org.metricflow.flows;

/** A flow given by its velocity dy/dt, integrated by the runner's Hipparchus integrator. */
public non-sealed interface VelocityFlow extends MetricFlow {

    /**
     * Writes dy/dt at time t.
     *
     * @param state y, length {@link #stateDimension()} (not modified)
     * @param out   dy/dt, same length (modified)
     */
    void velocity(double t, double[] state, double[] out);
}
