package org.metricflow.flows.analysis;

import org.metricflow.flows.Flow;
import org.metricflow.flows.PointEigenvalues;

/**
 * Eigenvalues and volume of the metric a flow state represents ({@link Flow#metric()}); eigenvalues by EJML's
 * symmetric eigen-decomposition at every grid point. Not thread-safe (owns buffers).
 */
public final class MetricStatistics {

    private final Flow flow;
    private final PointEigenvalues eigenvalues;
    private final double[] determinants;

    public MetricStatistics(Flow flow) {
        this.flow = flow;
        this.eigenvalues = new PointEigenvalues(flow.metric());
        this.determinants = new double[flow.grid().points()];
    }

    /** Summary of the metric of {@code state} (not modified). */
    public MetricSummary summarize(double[] state) {
        PointEigenvalues.Range r = eigenvalues.scan(state, determinants);
        if (r.badPoint() >= 0) {
            return new MetricSummary(Double.NaN, r.badPoint(), Double.NaN, r.badPoint(), Double.NaN, Double.NaN);
        }
        int d = eigenvalues.metric().size();
        double volume = 0;
        double maxAbsU = 0;
        for (double det : determinants) {
            volume += Math.sqrt(det);
            maxAbsU = Math.max(maxAbsU, Math.abs(Math.log(det) / (2 * d)));
        }
        boolean definite = r.min() > 0;
        return new MetricSummary(r.min(), r.minPoint(), r.max(), r.maxPoint(), definite ? volume
                * flow.grid().cellVolume() : Double.NaN, definite ? maxAbsU : Double.NaN);
    }
}
