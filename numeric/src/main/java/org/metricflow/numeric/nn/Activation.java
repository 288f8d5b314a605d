package org.metricflow.numeric.nn;

/** Elementwise activations of one-hidden-layer ridge networks, with derivatives up to third order. */
public enum Activation {
    /** φ(u) = cos u (the cosine network of §2.3.2). */
    COSINE {
        @Override
        void derivatives(double u, double[] out) {
            double c = Math.cos(u);
            double s = Math.sin(u);
            out[0] = c;
            out[1] = -s;
            out[2] = -c;
            out[3] = s;
        }
    },
    /** φ(u) = e^u (Gauss-net, end of §2.3.2). */
    EXPONENTIAL {
        @Override
        void derivatives(double u, double[] out) {
            double e = Math.exp(u);
            out[0] = e;
            out[1] = e;
            out[2] = e;
            out[3] = e;
        }
    };

    /** Writes φ(u), φ'(u), φ''(u), φ'''(u) to {@code out[0..3]}. */
    abstract void derivatives(double u, double[] out);
}
