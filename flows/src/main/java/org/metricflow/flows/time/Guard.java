package org.metricflow.flows.time;

import java.util.Optional;
import org.metricflow.flows.Flow;
import org.metricflow.flows.analysis.MetricStatistics;
import org.metricflow.flows.analysis.MetricSummary;

/** Checks a state against {@link GuardOptions}. Not thread-safe (owns buffers). */
final class Guard {

    private final Flow flow;
    private final GuardOptions options;
    private final MetricStatistics statistics;

    Guard(Flow flow, GuardOptions options) {
        this.flow = flow;
        this.options = options;
        this.statistics = new MetricStatistics(flow);
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
        MetricSummary s = statistics.summarize(state);
        if (Double.isNaN(s.minEigenvalue())) {
            return Optional.of(report(GuardReport.Reason.NOT_FINITE, t, s.minPoint(), Double.NaN,
                    "the metric is not finite"));
        }
        if (!(s.minEigenvalue() > options.minEigenvalue())) {
            return Optional.of(report(GuardReport.Reason.NOT_POSITIVE_DEFINITE, t, s.minPoint(), s.minEigenvalue(),
                    "smallest eigenvalue of g is " + s.minEigenvalue() + " <= " + options.minEigenvalue()));
        }
        if (s.maxEigenvalue() > options.maxEigenvalue()) {
            return Optional.of(report(GuardReport.Reason.BLOW_UP, t, s.maxPoint(), s.maxEigenvalue(),
                    "largest eigenvalue of g is " + s.maxEigenvalue() + " > " + options.maxEigenvalue()));
        }
        return Optional.empty();
    }

    private GuardReport report(GuardReport.Reason reason, double t, int point, double value, String detail) {
        double[] x = new double[flow.grid().dimension()];
        flow.grid().coordinates(point, x);
        return new GuardReport(reason, t, point, x, value, detail);
    }
}
