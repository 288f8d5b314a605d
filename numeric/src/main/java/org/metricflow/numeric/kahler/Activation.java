package org.metricflow.numeric.kahler;

/**
 * Smooth activations of a {@link PotentialNetwork} with their first four derivatives (the metric needs σ', σ''; the
 * gradient of the loss in the parameters needs σ''' as well; the scalar curvature, ∂²∂̄² of the potential, needs
 * σ'''' too).
 */
public enum Activation {
    /**
     * σ(z) = ln(1 + e^z); σ' = s = 1/(1 + e^{−z}), σ'' = s(1 − s), σ''' = s(1 − s)(1 − 2s),
     * σ'''' = s(1 − s)(1 − 6s + 6s²).
     */
    SOFTPLUS {
        @Override
        void derivatives(double z, double[] out) {
            double s = 1 / (1 + Math.exp(-z));
            out[0] = Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)));
            out[1] = s;
            out[2] = s * (1 - s);
            out[3] = s * (1 - s) * (1 - 2 * s);
            out[4] = s * (1 - s) * (1 - 6 * s + 6 * s * s);
        }
    },
    /** σ = tanh z; σ' = 1 − t², σ'' = −2t(1 − t²), σ''' = (6t² − 2)(1 − t²), σ'''' = 8t(2 − 3t²)(1 − t²). */
    TANH {
        @Override
        void derivatives(double z, double[] out) {
            double t = Math.tanh(z);
            double c = 1 - t * t;
            out[0] = t;
            out[1] = c;
            out[2] = -2 * t * c;
            out[3] = (6 * t * t - 2) * c;
            out[4] = 8 * t * (2 - 3 * t * t) * c;
        }
    };

    /** Writes σ(z), σ'(z), σ''(z), σ'''(z), σ''''(z) into {@code out[0..4]}. */
    abstract void derivatives(double z, double[] out);

    /** The name used on the command line and in files (lower case). */
    public String cli() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * @throws IllegalArgumentException naming the valid values
     */
    public static Activation parse(String text) {
        for (Activation a : values()) {
            if (a.cli().equals(text)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown activation '" + text + "' (valid: softplus, tanh)");
    }
}
