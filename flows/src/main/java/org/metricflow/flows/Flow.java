package org.metricflow.flows;

import org.metricflow.flows.grid.TorusGrid;

/**
 * A flow on a torus grid: the velocity of a state vector (field values on the grid for local and kernel flows,
 * network parameters for network flows), and the jets of the fields the state represents, so guards and
 * monitors can read the metric. Implementations own scratch buffers and are not thread-safe.
 */
public interface Flow {

    /** The fields, their jets, the metric readout and the monitored density. */
    FlowDefinition definition();

    /** The grid the fields live on. */
    TorusGrid grid();

    /** Length of the state vector. */
    int stateDimension();

    /**
     * Writes dy/dt at time t.
     *
     * @param state y, length {@link #stateDimension()} (not modified)
     * @param out   dy/dt, same length (modified)
     */
    void velocity(double t, double[] state, double[] out);

    /**
     * Writes the jets of the fields the state represents, point-major ({@code out[p·J + s]}, J =
     * {@code definition().jets().size()}).
     */
    void jets(double[] state, double[] out);

    /** A short description used in checkpoint fingerprints: flow name, kind and grid. */
    default String describe() {
        return definition().name() + " on " + grid();
    }
}
