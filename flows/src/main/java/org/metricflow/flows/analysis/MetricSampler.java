package org.metricflow.flows.analysis;

import org.metricflow.flows.Flow;
import org.metricflow.flows.MetricReadout;

/** The metric g_ij of a flow state at every grid point. Not thread-safe (owns a jet buffer). */
public final class MetricSampler {

    private final Flow flow;
    private final MetricReadout readout;
    private final int jetSize;
    private final double[] jets;

    public MetricSampler(Flow flow) {
        this.flow = flow;
        this.readout = flow.definition().metric();
        this.jetSize = flow.definition().jets().size();
        this.jets = new double[flow.grid().points() * jetSize];
    }

    /** Size d of the metric matrix. */
    public int size() {
        return readout.size();
    }

    /**
     * Writes g at every point: g_ij of point p in {@code out[p·d² + i·d + j]} (0-based indices).
     *
     * @param state the flow state (not modified)
     * @param out   N·d² entries (modified)
     */
    public void sample(double[] state, double[] out) {
        flow.jets(state, jets);
        int d2 = readout.size() * readout.size();
        int points = flow.grid().points();
        for (int p = 0; p < points; p++) {
            readout.metric(jets, p * jetSize, out, p * d2);
        }
    }
}
