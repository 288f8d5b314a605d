package org.metricflow.numeric.metric;

import java.util.Objects;
import org.hipparchus.stat.descriptive.moment.Variance;
import org.metricflow.numeric.sample.PointSample;

/**
 * Weighted Monte Carlo estimates of Vol_Ω, Vol_g, κ and the σ-loss (B.11) with standard errors.
 *
 * <p>With points x_k distributed as dvol_FS/Vol_FS and w_k = |f_k|²/det g_FS,k (so that
 * ∫F μ_Ω = Vol_FS·E[F w]), and R_k = det g_k/|f_k|² for the metric g under study:
 * Vol_Ω = Vol_FS·mean(w), Vol_g = Vol_FS·mean(w R), κ = mean(w R)/mean(w), η_k = R_k/κ,
 * σ = Σ w_k|1 − η_k| / Σ w_k (cymetric's {@code sigma_measure}). Standard errors come from the delta method with
 * influence functions summed per random line (points of one line are not independent): for σ,
 * ψ_l = Σ_{k∈l} [w_k(|1−η_k| − σ) + D w_k(R_k − κ)] / mean_l(Σ_{k∈l} w_k), D = Σ w sgn(1−η) η/κ / Σ w,
 * SE = sqrt(Var(ψ)/L) (Hipparchus {@link Variance}), L = number of lines.
 */
public final class MongeAmpere {

    private MongeAmpere() {
    }

    /** Estimates for the restricted Fubini–Study metric itself (R = 1/w, so Vol_g = Vol_FS exactly). */
    public static MongeAmpereEstimate fubiniStudy(PointSample sample) {
        double[] det = new double[sample.size()];
        double[] fs = sample.fsMetric();
        HermitianDeterminant hd = new HermitianDeterminant(sample.dimension());
        int g2 = 2 * sample.dimension() * sample.dimension();
        for (int k = 0; k < det.length; k++) {
            det[k] = hd.det(fs, k * g2);
        }
        return of(sample, det);
    }

    /**
     * Estimates for a metric given by its determinant det g_k in each point's own chart (the chart of
     * {@link PointSample#omega()}).
     */
    public static MongeAmpereEstimate of(PointSample sample, double[] detG) {
        double[] omega2 = new double[sample.size()];
        for (int k = 0; k < omega2.length; k++) {
            omega2[k] = sample.omegaAbs2(k);
        }
        return estimate(sample.manifold().volumeFubiniStudy(), sample.weights(), detG, omega2, sample.line());
    }

    /**
     * The estimator on plain arrays.
     *
     * @param volumeFs  Vol_FS of X (deg/d! in the (1/π) normalisation)
     * @param weights   w_k = |f_k|²/det g_FS,k
     * @param detG      det g_k of the metric under study, same chart as f_k
     * @param omegaAbs2 |f_k|²
     * @param line      non-decreasing line index per point (lines are the independent units)
     */
    public static MongeAmpereEstimate estimate(double volumeFs, double[] weights, double[] detG, double[] omegaAbs2,
                                               int[] line) {
        int n = weights.length;
        Objects.requireNonNull(line, "line");
        if (detG.length != n || omegaAbs2.length != n || line.length != n) {
            throw new IllegalArgumentException("arrays must have equal length: weights " + n + ", detG " + detG.length
                    + ", omegaAbs2 " + omegaAbs2.length + ", line " + line.length);
        }
        if (n == 0) {
            throw new IllegalArgumentException("need at least one point");
        }
        double sw = 0;
        double swr = 0;
        for (int k = 0; k < n; k++) {
            double r = detG[k] / omegaAbs2[k];
            if (!(r > 0) || !Double.isFinite(r)) {
                throw new IllegalArgumentException("det g / |Omega|^2 must be finite and > 0; point " + k + " has "
                        + detG[k] + " / " + omegaAbs2[k]);
            }
            sw += weights[k];
            swr += weights[k] * r;
        }
        double kappa = swr / sw;
        double ssig = 0;
        double sd = 0;
        for (int k = 0; k < n; k++) {
            double eta = detG[k] / omegaAbs2[k] / kappa;
            ssig += weights[k] * Math.abs(1 - eta);
            sd += weights[k] * Math.signum(1 - eta) * eta / kappa;
        }
        double sigma = ssig / sw;
        double dSigmaDKappa = sd / sw;

        int lines = countLines(line);
        double[] psiW = new double[lines];
        double[] psiWR = new double[lines];
        double[] psiKappa = new double[lines];
        double[] psiSigma = new double[lines];
        double meanW = sw / n;
        double meanWR = swr / n;
        double lineMeanW = sw / lines;
        int l = -1;
        for (int k = 0; k < n; k++) {
            if (k == 0 || line[k] != line[k - 1]) {
                l++;
            }
            double w = weights[k];
            double r = detG[k] / omegaAbs2[k];
            double eta = r / kappa;
            psiW[l] += w - meanW;
            psiWR[l] += w * r - meanWR;
            psiKappa[l] += w * (r - kappa) / lineMeanW;
            psiSigma[l] += (w * (Math.abs(1 - eta) - sigma) + dSigmaDKappa * w * (r - kappa)) / lineMeanW;
        }
        double pointsPerLine = (double) n / lines;
        MonteCarloEstimate volOmega = new MonteCarloEstimate(volumeFs * meanW,
                volumeFs * standardError(psiW, lines) / pointsPerLine);
        MonteCarloEstimate volMetric = new MonteCarloEstimate(volumeFs * meanWR,
                volumeFs * standardError(psiWR, lines) / pointsPerLine);
        return new MongeAmpereEstimate(volOmega, volMetric,
                new MonteCarloEstimate(kappa, standardError(psiKappa, lines)),
                new MonteCarloEstimate(sigma, standardError(psiSigma, lines)), n, lines);
    }

    private static double standardError(double[] influence, int lines) {
        if (lines < 2) {
            return Double.NaN;
        }
        return Math.sqrt(new Variance().evaluate(influence) / lines);
    }

    private static int countLines(int[] line) {
        int count = 0;
        for (int k = 0; k < line.length; k++) {
            if (k > 0 && line[k] < line[k - 1]) {
                throw new IllegalArgumentException("line indices must be non-decreasing; line[" + k + "] = "
                        + line[k] + " < " + line[k - 1]);
            }
            if (k == 0 || line[k] != line[k - 1]) {
                count++;
            }
        }
        return count;
    }
}
