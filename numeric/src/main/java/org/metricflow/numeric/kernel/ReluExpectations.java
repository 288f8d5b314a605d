package org.metricflow.numeric.kernel;

/**
 * The two Gaussian expectations a ReLU layer maps kernels with: for (u, v) ~ N(0, [[k11, k12], [k12, k22]]),
 * T = E[relu(u) relu(v)] and Ṫ = E[relu'(u) relu'(v)] (relu' = step, relu'(0) = 0).
 */
public interface ReluExpectations {

    /** Writes T to {@code out[0]} and Ṫ to {@code out[1]}; k11, k22 ≥ 0 and k12² ≤ k11 k22. */
    void compute(double k11, double k12, double k22, double[] out);

    /**
     * Closed form (arc-cosine kernels of Cho and Saul, as in neural-tangents): with cos θ = k12/√(k11 k22),
     * T = √(k11 k22) (sin θ + (π − θ) cos θ)/(2π), Ṫ = (π − θ)/(2π). If k11 or k22 vanishes, T = Ṫ = 0.
     */
    ReluExpectations CLOSED_FORM = (k11, k12, k22, out) -> {
        double norm = Math.sqrt(k11 * k22);
        if (!(norm > 0)) {
            out[0] = 0.0;
            out[1] = 0.0;
            return;
        }
        double cos = Math.max(-1.0, Math.min(1.0, k12 / norm));
        double theta = Math.acos(cos);
        out[0] = norm * (Math.sin(theta) + (Math.PI - theta) * cos) / (2 * Math.PI);
        out[1] = (Math.PI - theta) / (2 * Math.PI);
    };
}
