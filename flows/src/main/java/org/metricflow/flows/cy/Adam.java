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

    Adam(int size) {
        this.m = new double[size];
        this.v = new double[size];
    }

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

    /** An independent copy (moments and step count). */
    Adam copy() {
        return new Adam(m.clone(), v.clone(), step);
    }

    double[] firstMoment() {
        return m;
    }

    double[] secondMoment() {
        return v;
    }

    long step() {
        return step;
    }
}
