package org.metricflow.flows.cy;

/**
 * The Adam update (Kingma–Ba 2015) on a flat real parameter vector — minimal, because Hipparchus 3.0 offers only
 * full-batch optimisers and the potential flow runs on mini-batches. Defaults β₁ = 0.9, β₂ = 0.999, ε = 1e-12.
 */
final class Adam {

    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPS = 1e-12;

    private final double[] m;
    private final double[] v;
    private long step;

    /** Adam with moments m, v (not copied: updated in place) after {@code step} steps. */
    Adam(double[] m, double[] v, long step) {
        this.m = m;
        this.v = v;
        this.step = step;
    }

    /** x ← x − lr · m̂/(√v̂ + ε) for the gradient g. */
    void update(double[] x, double[] g, double lr) {
        step++;
        double c1 = 1 - Math.pow(BETA1, step);
        double c2 = 1 - Math.pow(BETA2, step);
        for (int i = 0; i < x.length; i++) {
            m[i] = BETA1 * m[i] + (1 - BETA1) * g[i];
            v[i] = BETA2 * v[i] + (1 - BETA2) * g[i] * g[i];
            x[i] -= lr * (m[i] / c1) / (Math.sqrt(v[i] / c2) + EPS);
        }
    }

    /** The flow state [x, m, v, steps] of the potential flows after an update of x. */
    double[] state(double[] x) {
        double[] y = new double[3 * x.length + 1];
        System.arraycopy(x, 0, y, 0, x.length);
        System.arraycopy(m, 0, y, x.length, x.length);
        System.arraycopy(v, 0, y, 2 * x.length, x.length);
        y[3 * x.length] = step;
        return y;
    }
}
