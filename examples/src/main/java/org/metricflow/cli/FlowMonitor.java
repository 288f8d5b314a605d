package org.metricflow.cli;

import java.util.ArrayList;
import java.util.List;
import org.metricflow.flows.Flow;
import org.metricflow.flows.PointMetric;
import org.metricflow.flows.analysis.DensityIntegral;
import org.metricflow.flows.analysis.MetricStatistics;
import org.metricflow.flows.analysis.MetricSummary;
import org.metricflow.flows.time.FlowObserver;
import org.metricflow.flows.time.FlowSnapshot;

/**
 * Records the monitors of a {@code flow} run every few accepted steps: max|u| with u = (1/2d) ln det g (the
 * conformal factor of the volume form; u itself for conformal metrics), smallest eigenvalue of g, volume
 * ∫√det g d^dx and, when the flow has a density, its integral (Perelman's entropy F).
 */
final class FlowMonitor implements FlowObserver {

    /** One recorded sample. */
    record Sample(double time, long step, double maxAbsU, double minEigenvalue, double volume, double entropy) {
    }

    private final Flow flow;
    private final int every;
    private final MetricStatistics statistics;
    private final PointMetric sampler;
    private final DensityIntegral entropy;
    private final double[] metrics;
    private final List<Sample> samples = new ArrayList<>();

    FlowMonitor(Flow flow, int every) {
        this.flow = flow;
        this.every = every;
        this.statistics = new MetricStatistics(flow);
        this.sampler = flow.metric();
        this.entropy = flow.definition().density().isPresent() ? new DensityIntegral(flow) : null;
        int d = sampler.size();
        this.metrics = new double[flow.grid().points() * d * d];
    }

    @Override
    public void observe(FlowSnapshot s) {
        if (s.step() % every == 0) {
            samples.add(sample(s.time(), s.step(), s.state()));
        }
    }

    /** Records the final state (when the last step was not a multiple of {@code every}). */
    Sample finish(double time, long step, double[] state) {
        Sample s = sample(time, step, state);
        if (samples.isEmpty() || samples.get(samples.size() - 1).step() != step) {
            samples.add(s);
        }
        return s;
    }

    List<Sample> samples() {
        return List.copyOf(samples);
    }

    /** u = (1/2d) ln det g at every grid point. */
    double[] conformalFactor(double[] state) {
        sampler.metrics(state, metrics);
        int d = sampler.size();
        double[] u = new double[flow.grid().points()];
        var m = new org.ejml.data.DMatrixRMaj(d, d);
        for (int p = 0; p < u.length; p++) {
            System.arraycopy(metrics, p * d * d, m.data, 0, d * d);
            u[p] = Math.log(org.ejml.dense.row.CommonOps_DDRM.det(m)) / (2 * d);
        }
        return u;
    }

    private Sample sample(double time, long step, double[] state) {
        MetricSummary m = statistics.summarize(state);
        return new Sample(time, step, m.maxAbsU(), m.minEigenvalue(), m.volume(),
                entropy == null ? Double.NaN : entropy.integrate(state));
    }
}
