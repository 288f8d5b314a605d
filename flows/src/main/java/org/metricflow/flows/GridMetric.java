package org.metricflow.flows;

/** The metric g_ij of a torus flow state at every grid point, read from the jets. Not thread-safe (owns a buffer). */
public final class GridMetric implements PointMetric {

    private final Flow flow;
    private final MetricReadout readout;
    private final int jetSize;
    private final double[] jets;

    public GridMetric(Flow flow) {
        this.flow = flow;
        this.readout = flow.definition().metric();
        this.jetSize = flow.definition().jets().size();
        this.jets = new double[flow.grid().points() * jetSize];
    }

    @Override
    public int points() {
        return flow.grid().points();
    }

    @Override
    public int size() {
        return readout.size();
    }

    @Override
    public void metrics(double[] state, double[] out) {
        flow.jets(state, jets);
        int d2 = readout.size() * readout.size();
        int points = flow.grid().points();
        for (int p = 0; p < points; p++) {
            readout.metric(jets, p * jetSize, out, p * d2);
        }
    }

    @Override
    public double[] coordinates(int point) {
        double[] x = new double[flow.grid().dimension()];
        flow.grid().coordinates(point, x);
        return x;
    }
}
