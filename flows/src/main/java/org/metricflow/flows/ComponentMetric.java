package org.metricflow.flows;

import org.metricflow.symbolic.jet.JetSpace;

/**
 * The metric stored as its independent components: fields {@code g11, g12, …, gdd} of the jet space
 * ({@link JetSpace#metricComponents(int)}), g_ji = g_ij.
 */
public final class ComponentMetric implements MetricReadout {

    private final int d;
    private final int[] slots;

    /** @param jets a jet space holding every field g_ij, i ≤ j ≤ d (d = its dimension) */
    public ComponentMetric(JetSpace jets) {
        d = jets.dimension();
        slots = new int[d * d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                String name = JetSpace.metricComponent(i + 1, j + 1);
                if (!jets.fields().contains(name)) {
                    throw new IllegalArgumentException("a component metric needs the field " + name
                            + "; fields are " + jets.fields());
                }
                slots[i * d + j] = jets.index(name);
            }
        }
    }

    @Override
    public int size() {
        return d;
    }

    @Override
    public void metric(double[] jet, int offset, double[] out, int outOffset) {
        for (int k = 0; k < slots.length; k++) {
            out[outOffset + k] = jet[offset + slots[k]];
        }
    }
}
