package org.metricflow.flows.analysis;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.metricflow.flows.Flow;
import org.metricflow.flows.MetricReadout;

/**
 * Eigenvalues and volume of the metric a flow state represents, from the flow's jets and its
 * {@link MetricReadout}; eigenvalues by EJML's symmetric eigen-decomposition at every grid point. Not thread-safe
 * (owns buffers).
 */
public final class MetricStatistics {

    private final Flow flow;
    private final MetricReadout readout;
    private final int jetSize;
    private final double[] jets;
    private final DMatrixRMaj matrix;
    private final EigenDecomposition_F64<DMatrixRMaj> eigen;

    public MetricStatistics(Flow flow) {
        this.flow = flow;
        this.readout = flow.definition().metric();
        this.jetSize = flow.definition().jets().size();
        this.jets = new double[flow.grid().points() * jetSize];
        int d = readout.size();
        this.matrix = new DMatrixRMaj(d, d);
        this.eigen = DecompositionFactory_DDRM.eig(d, false, true);
    }

    /** Summary of the metric of {@code state} (not modified). */
    public MetricSummary summarize(double[] state) {
        flow.jets(state, jets);
        int points = flow.grid().points();
        int d = readout.size();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        int minPoint = -1;
        int maxPoint = -1;
        double volume = 0;
        for (int p = 0; p < points; p++) {
            readout.metric(jets, p * jetSize, matrix.data);
            for (double v : matrix.data) {
                if (!Double.isFinite(v)) {
                    return new MetricSummary(Double.NaN, p, Double.NaN, p, Double.NaN);
                }
            }
            if (!eigen.decompose(matrix)) {
                return new MetricSummary(Double.NaN, p, Double.NaN, p, Double.NaN);
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
        }
        return new MetricSummary(min, minPoint, max, maxPoint, min > 0 ? volume * flow.grid().cellVolume()
                : Double.NaN);
    }
}
