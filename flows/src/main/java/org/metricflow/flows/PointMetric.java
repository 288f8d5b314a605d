package org.metricflow.flows;

/**
 * The metric a flow state represents, as a real symmetric d×d matrix at each of a fixed set of points: the grid
 * points of a torus flow, or the sample points of a flow on a point cloud (a Hermitian n×n metric h = A + iB is read
 * out as its real form [[A, −B], [B, A]], d = 2n, whose eigenvalues are those of h, each twice). The guards check
 * positive-definiteness and blow-up on it and name the offending point. Not thread-safe (may own buffers).
 */
public interface PointMetric {

    /** Number of points. */
    int points();

    /** Size d of the matrix at each point. */
    int size();

    /**
     * Writes g at every point: g_ij of point p in {@code out[p·d² + i·d + j]} (0-based; both triangles).
     *
     * @param state the flow state (not modified)
     * @param out   points·d² entries (modified)
     */
    void metrics(double[] state, double[] out);

    /** The coordinates of a point (grid coordinates, or the sample point's coordinates), for reports. */
    double[] coordinates(int point);
}
