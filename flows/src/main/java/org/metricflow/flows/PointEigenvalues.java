package org.metricflow.flows;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * The extreme eigenvalues of g over the points of a {@link PointMetric} (EJML's symmetric eigen-decomposition at each
 * point), and optionally det g per point: what the runner's guards and the metric statistics read. Not thread-safe
 * (owns buffers).
 */
public final class PointEigenvalues {

    /**
     * The range of the eigenvalues over all points.
     *
     * @param min      smallest eigenvalue (NaN when {@code badPoint} ≥ 0)
     * @param minPoint where it is
     * @param max      largest eigenvalue (NaN when {@code badPoint} ≥ 0)
     * @param maxPoint where it is
     * @param badPoint the first point where g is not finite or cannot be decomposed, else −1
     */
    public record Range(double min, int minPoint, double max, int maxPoint, int badPoint) {
    }

    private final PointMetric metric;
    private final double[] metrics;
    private final DMatrixRMaj matrix;
    private final EigenDecomposition_F64<DMatrixRMaj> eigen;

    public PointEigenvalues(PointMetric metric) {
        this.metric = metric;
        int d = metric.size();
        this.metrics = new double[metric.points() * d * d];
        this.matrix = new DMatrixRMaj(d, d);
        this.eigen = DecompositionFactory_DDRM.eig(d, false, true);
    }

    /** The read-out scanned. */
    public PointMetric metric() {
        return metric;
    }

    /**
     * Scans the metric of {@code state} (not modified); stops at the first point where g is not finite.
     *
     * @param determinants det g per point, the product of its eigenvalues in EJML's order (modified), or null
     */
    public Range scan(double[] state, double[] determinants) {
        metric.metrics(state, metrics);
        int d = metric.size();
        int d2 = d * d;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        int minPoint = -1;
        int maxPoint = -1;
        for (int p = 0; p < metric.points(); p++) {
            boolean finite = true;
            for (int k = 0; k < d2; k++) {
                matrix.data[k] = metrics[p * d2 + k];
                finite &= Double.isFinite(matrix.data[k]);
            }
            if (!finite || !eigen.decompose(matrix)) {
                return new Range(Double.NaN, p, Double.NaN, p, p);
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
            if (determinants != null) {
                determinants[p] = det;
            }
        }
        return new Range(min, minPoint, max, maxPoint, -1);
    }
}
