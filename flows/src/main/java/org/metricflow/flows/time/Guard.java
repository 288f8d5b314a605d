package org.metricflow.flows.time;

import java.util.Optional;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.metricflow.flows.MetricFlow;
import org.metricflow.flows.PointMetric;

/**
 * Checks a state against {@link GuardOptions}: every entry finite and bounded, and at every point of the flow's
 * {@link PointMetric} the eigenvalues of g (EJML's symmetric eigen-decomposition) inside the admissible range. The
 * same reasons and messages for grid and point-cloud flows. Not thread-safe (owns buffers).
 */
final class Guard {

    private final GuardOptions options;
    private final PointMetric metric;
    private final double[] metrics;
    private final DMatrixRMaj matrix;
    private final EigenDecomposition_F64<DMatrixRMaj> eigen;

    Guard(MetricFlow flow, GuardOptions options) {
        this.options = options;
        this.metric = flow.metric();
        int d = metric.size();
        this.metrics = new double[metric.points() * d * d];
        this.matrix = new DMatrixRMaj(d, d);
        this.eigen = DecompositionFactory_DDRM.eig(d, false, true);
    }

    /** Empty when the state passes; otherwise the first violation found. */
    Optional<GuardReport> check(double t, double[] state) {
        for (int i = 0; i < state.length; i++) {
            double v = state[i];
            if (!Double.isFinite(v)) {
                return Optional.of(new GuardReport(GuardReport.Reason.NOT_FINITE, t, i, new double[0], v,
                        "state entry " + i + " is not finite"));
            }
            if (Math.abs(v) > options.maxAbsState()) {
                return Optional.of(new GuardReport(GuardReport.Reason.BLOW_UP, t, i, new double[0], v,
                        "|state entry " + i + "| exceeds " + options.maxAbsState()));
            }
        }
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
                return Optional.of(report(GuardReport.Reason.NOT_FINITE, t, p, Double.NaN,
                        "the metric is not finite"));
            }
            for (int i = 0; i < d; i++) {
                double lambda = eigen.getEigenvalue(i).getReal();
                if (lambda < min) {
                    min = lambda;
                    minPoint = p;
                }
                if (lambda > max) {
                    max = lambda;
                    maxPoint = p;
                }
            }
        }
        if (!(min > options.minEigenvalue())) {
            return Optional.of(report(GuardReport.Reason.NOT_POSITIVE_DEFINITE, t, minPoint, min,
                    "smallest eigenvalue of g is " + min + " <= " + options.minEigenvalue()));
        }
        if (max > options.maxEigenvalue()) {
            return Optional.of(report(GuardReport.Reason.BLOW_UP, t, maxPoint, max,
                    "largest eigenvalue of g is " + max + " > " + options.maxEigenvalue()));
        }
        return Optional.empty();
    }

    private GuardReport report(GuardReport.Reason reason, double t, int point, double value, String detail) {
        return new GuardReport(reason, t, point, metric.coordinates(point), value, detail);
    }
}
