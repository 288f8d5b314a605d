package org.metricflow.flows.time;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.metricflow.flows.Flow;
import org.metricflow.flows.analysis.FourierModes;
import org.metricflow.flows.analysis.LinearFit;

/**
 * Linearised decay rates measured from runs: the flow runs from a small perturbation, an amplitude (e.g. a
 * {@link FourierModes} projection) is recorded at every accepted step, and ln|a(t)| is fitted by a line; a mode
 * a(t) = a₀e^{−λt} has rate λ = −slope (negative for a growing mode).
 */
public final class DecayRate {

    private DecayRate() {
    }

    /**
     * @param amplitude the measured amplitude of a state (must not vanish along the run)
     * @return the fit of ln|a| against t; the rate is {@code -fit.slope()}
     * @throws IllegalStateException when the run stops early (guard or integrator failure)
     */
    public static LinearFit measure(FlowRunner runner, Flow flow, double[] initial, double t,
                                    ToDoubleFunction<double[]> amplitude) {
        List<double[]> samples = new ArrayList<>();
        FlowResult result = runner.withObserver(s -> samples.add(new double[] {s.time(),
                amplitude.applyAsDouble(s.state())})).run(flow, initial, t);
        if (result.status() != FlowStatus.COMPLETED) {
            throw new IllegalStateException("run of " + flow.definition().name() + " stopped: "
                    + result.stop().map(GuardReport::message).orElse("?"));
        }
        double[] times = new double[samples.size()];
        double[] values = new double[samples.size()];
        for (int i = 0; i < times.length; i++) {
            times[i] = samples.get(i)[0];
            values[i] = samples.get(i)[1];
        }
        return LinearFit.exponential(times, values);
    }
}
