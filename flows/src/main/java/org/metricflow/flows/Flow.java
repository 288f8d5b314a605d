package org.metricflow.flows;

import org.metricflow.flows.grid.TorusGrid;

/**
 * A flow on a torus grid: the velocity of a state vector (field values on the grid for local and kernel flows,
 * network parameters for network flows), and the jets of the fields the state represents, so guards and
 * monitors can read the metric ({@link GridMetric}). Implementations own scratch buffers and are not thread-safe.
 */
public interface Flow extends VelocityFlow {

    /** The fields, their jets, the metric readout and the monitored density. */
    FlowDefinition definition();

    /** The grid the fields live on. */
    TorusGrid grid();

    /**
     * Writes the jets of the fields the state represents, point-major ({@code out[p·J + s]}, J =
     * {@code definition().jets().size()}).
     */
    void jets(double[] state, double[] out);

    /** The metric at the grid points. */
    @Override
    default PointMetric metric() {
        return new GridMetric(this);
    }

    /** A short description used in checkpoint fingerprints: flow name, kind and grid. */
    @Override
    default String describe() {
        return definition().name() + " on " + grid();
    }
}
