package org.metricflow.flows.quintic;

import org.metricflow.numeric.metric.MongeAmpere;
import org.metricflow.numeric.metric.MonteCarloEstimate;
import org.metricflow.numeric.sample.PointSample;

/**
 * A kernel flow's metric on one point set, reduced to what σ (B.11) sees: ln det g and |Ω|² per point, both in the
 * common chart (so their ratio is chart independent).
 *
 * @param sample    the points (weights and lines of the Monte Carlo estimate)
 * @param logDet    ln det g per point
 * @param omegaAbs2 |Ω|² per point in the common chart
 */
public record PointValues(PointSample sample, double[] logDet, double[] omegaAbs2) {

    public PointValues {
        if (logDet.length != sample.size() || omegaAbs2.length != sample.size()) {
            throw new IllegalArgumentException("need one value per point: " + sample.size() + " points, "
                    + logDet.length + " and " + omegaAbs2.length + " values");
        }
        logDet = logDet.clone();
        omegaAbs2 = omegaAbs2.clone();
    }

    /** Number of points. */
    public int size() {
        return logDet.length;
    }

    /** r = ln(det g/|Ω|²) per point: σ is the spread of e^r about its weighted mean (fresh array). */
    public double[] logRatio() {
        double[] r = new double[logDet.length];
        for (int k = 0; k < r.length; k++) {
            r[k] = logDet[k] - Math.log(omegaAbs2[k]);
        }
        return r;
    }

    /**
     * σ (B.11) of the metric with ln det g shifted by {@code shift} per point (null: unshifted). The shift is applied
     * relative to its mean (σ is blind to a constant), so it may be large without overflowing; a shift whose spread
     * leaves the normal double range gives σ = +∞ (standard error 0).
     */
    public MonteCarloEstimate sigma(double[] shift) {
        double mean = 0;
        if (shift != null) {
            for (double v : shift) {
                mean += v / shift.length;
            }
        }
        double[] det = new double[logDet.length];
        for (int k = 0; k < det.length; k++) {
            det[k] = Math.exp(logDet[k] + (shift == null ? 0 : shift[k] - mean));
            double ratio = det[k] / omegaAbs2[k];
            if (!(ratio > Double.MIN_NORMAL) || !Double.isFinite(ratio)) {
                return new MonteCarloEstimate(Double.POSITIVE_INFINITY, 0);
            }
        }
        return MongeAmpere.estimate(sample.manifold().volumeFubiniStudy(), sample.weights(), det, omegaAbs2,
                sample.line()).sigma();
    }
}
