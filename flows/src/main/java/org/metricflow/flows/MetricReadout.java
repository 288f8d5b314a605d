package org.metricflow.flows;

/**
 * How the fields of a flow encode a Riemannian metric: the real symmetric matrix g_ij (i, j = 1..d, in the
 * coordinates of the torus) at a point, read from the jet of the fields there. Used by the positivity guard and
 * the volume monitor. Implementations are immutable and thread-safe.
 */
public interface MetricReadout {

    /** Size d of the metric matrix (the real dimension of the torus). */
    int size();

    /**
     * Writes g at the point whose jet starts at {@code jet[offset]}, row-major: g_ij in
     * {@code out[outOffset + i·d + j]} (0-based; both triangles).
     *
     * @param jet jets in the slot layout of the flow's jet space (not modified)
     * @param out d² entries from {@code outOffset} (modified)
     */
    void metric(double[] jet, int offset, double[] out, int outOffset);
}
