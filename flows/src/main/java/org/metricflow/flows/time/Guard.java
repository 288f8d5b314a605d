package org.metricflow.flows.time;

import java.util.Optional;
import org.metricflow.flows.MetricFlow;
import org.metricflow.flows.PointEigenvalues;

/**
 * Checks a state against {@link GuardOptions}: every entry finite and bounded, and at every point of the flow's
 * {@link org.metricflow.flows.PointMetric} the eigenvalues of g (EJML's symmetric eigen-decomposition) inside the admissible range. The
 * same reasons and messages for grid and point-cloud flows. Not thread-safe (owns buffers).
 */
final class Guard {

    private final GuardOptions options;
    private final PointEigenvalues eigenvalues;

    Guard(MetricFlow flow, GuardOptions options) {
        this.options = options;
        this.eigenvalues = new PointEigenvalues(flow.metric());
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
        PointEigenvalues.Range r = eigenvalues.scan(state, null);
        if (r.badPoint() >= 0) {
            return Optional.of(report(GuardReport.Reason.NOT_FINITE, t, r.badPoint(), Double.NaN,
                    "the metric is not finite"));
        }
        if (!(r.min() > options.minEigenvalue())) {
            return Optional.of(report(GuardReport.Reason.NOT_POSITIVE_DEFINITE, t, r.minPoint(), r.min(),
                    "smallest eigenvalue of g is " + r.min() + " <= " + options.minEigenvalue()));
        }
        if (r.max() > options.maxEigenvalue()) {
            return Optional.of(report(GuardReport.Reason.BLOW_UP, t, r.maxPoint(), r.max(),
                    "largest eigenvalue of g is " + r.max() + " > " + options.maxEigenvalue()));
        }
        return Optional.empty();
    }

    private GuardReport report(GuardReport.Reason reason, double t, int point, double value, String detail) {
        return new GuardReport(reason, t, point, eigenvalues.metric().coordinates(point), value, detail);
    }
}
