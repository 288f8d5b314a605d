package org.metricflow.numeric.kahler;

/**
 * The smooth σ-loss of a batch from R_x = det g_x/|Ω_x|² and the weights w_x, and the factors e_x of its derivative:
 * <pre>  L = Σ w (η − 1)²/S,  σ = Σ w|η − 1|/S,  η = R/κ,  κ = Σ wR/S,  S = Σ w,
 *   dL = Σ_x e_x d ln R_x,  e_x = (2 w_x η_x/S)[(η_x − 1) − Σ_j w_j (η_j − 1) η_j/S]</pre>
 * (docs/cy-metrics.md, "The Monge–Ampère flow on H").
 *
 * @param loss  L
 * @param sigma σ of the batch
 * @param e     e_x per point
 */
public record BatchSigmaLoss(double loss, double sigma, double[] e) {

    /** The loss of R with weights w (same length). */
    public static BatchSigmaLoss of(double[] r, double[] w) {
        int n = r.length;
        double s = 0;
        double swr = 0;
        for (int i = 0; i < n; i++) {
            s += w[i];
            swr += w[i] * r[i];
        }
        double kappa = swr / s;
        double loss = 0;
        double sigma = 0;
        double mix = 0;
        for (int i = 0; i < n; i++) {
            double eta = r[i] / kappa;
            loss += w[i] * (eta - 1) * (eta - 1);
            sigma += w[i] * Math.abs(eta - 1);
            mix += w[i] * (eta - 1) * eta;
        }
        double shift = mix / s;
        double[] e = new double[n];
        for (int i = 0; i < n; i++) {
            double eta = r[i] / kappa;
            e[i] = 2 * w[i] * eta / s * ((eta - 1) - shift);
        }
        return new BatchSigmaLoss(loss / s, sigma / s, e);
    }
}
