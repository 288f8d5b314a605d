package org.metricflow.flows;

import org.metricflow.symbolic.jet.JetSpace;

/** A conformally flat metric g_ij = e^{2u} δ_ij stored as the field u. */
public final class ConformalMetric implements MetricReadout {

    private final int d;
    private final int slot;

    /** @param jets a jet space holding the conformal factor; {@code field} names it (e.g. {@code u}) */
    public ConformalMetric(JetSpace jets, String field) {
        this.d = jets.dimension();
        this.slot = jets.index(field);
    }

    @Override
    public int size() {
        return d;
    }

    @Override
    public void metric(double[] jet, int offset, double[] out, int outOffset) {
        double e = Math.exp(2 * jet[offset + slot]);
        java.util.Arrays.fill(out, outOffset, outOffset + d * d, 0.0);
        for (int i = 0; i < d; i++) {
            out[outOffset + i * d + i] = e;
        }
    }
}
