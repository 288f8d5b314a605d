package org.metricflow.flows.analysis;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.metricflow.flows.Flow;
import org.metricflow.flows.PointMetric;

/**
 * Eigenvalues and volume of the metric a flow state represents ({@link Flow#metric()}); eigenvalues by EJML's
 * symmetric eigen-decomposition at every grid point. Not thread-safe (owns buffers).
 */
public final class MetricStatistics {

    private final Flow flow;
    private final PointMetric sampler;
    private final double[] metrics;
    private final DMatrixRMaj matrix;
    private final EigenDecomposition_F64<DMatrixRMaj> eigen;

    public MetricStatistics(Flow flow) {
        this.flow = flow;
        this.sampler = flow.metric();
        int d = sampler.size();
        this.metrics = new double[flow.grid().points() * d * d];
        this.matrix = new DMatrixRMaj(d, d);
        this.eigen = DecompositionFactory_DDRM.eig(d, false, true);
    }

    /** Summary of the metric of {@code state} (not modified). */
    public MetricSummary summarize(double[] state) {
        sampler.metrics(state, metrics);
        int points = flow.grid().points();
        int d = sampler.size();
        int d2 = d * d;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        int minPoint = -1;
        int maxPoint = -1;
        double volume = 0;
        double maxAbsU = 0;
        for (int p = 0; p < points; p++) {
            for (int k = 0; k < d2; k++) {
                double v = metrics[p * d2 + k];
                if (!Double.isFinite(v)) {
                    return new MetricSummary(Double.NaN, p, Double.NaN, p, Double.NaN, Double.NaN);
                }
                matrix.data[k] = v;
            }
            if (!eigen.decompose(matrix)) {
                return new MetricSummary(Double.NaN, p, Double.NaN, p, Double.NaN, Double.NaN);
            }
            double det = 1;
            for (int i = 0; i < d; i++) {
                double lambda = eigen.getEigenvalue(i).getReal();
                det *= lambda;
                if (lambda < min) {
                    min = lambda;
                    minPoint = p;
                }
                if (lambda > max) {
                    max = lambda;
                    maxPoint = p;
                }
            }
            volume += Math.sqrt(det);
            maxAbsU = Math.max(maxAbsU, Math.abs(Math.log(det) / (2 * d)));
        }
        boolean definite = min > 0;
        return new MetricSummary(min, minPoint, max, maxPoint, definite ? volume * flow.grid().cellVolume()
                : Double.NaN, definite ? maxAbsU : Double.NaN);
    }
}
