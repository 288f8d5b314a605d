package org.metricflow.flows.quintic.tune;

import java.util.ArrayList;
import java.util.List;
import org.metricflow.flows.quintic.HeldOutSet;
import org.metricflow.flows.quintic.OperatorOptions;
import org.metricflow.flows.quintic.QuinticFlowOptions;
import org.metricflow.flows.quintic.QuinticKernelFlow;
import org.metricflow.flows.quintic.exact.ExactKernelFlow;
import org.metricflow.flows.quintic.exact.ExactPoint;
import org.metricflow.numeric.sample.PointSample;

/**
 * The frozen-kernel flow of one set of options in closed form ({@link ExactKernelFlow}, squared loss, frame
 * gradient, no ridge) at the flow time that minimises σ on a validation sample ({@link ExactKernelFlow#auto}), i.e.
 * {@code flow quintic --t auto}: σ-gains σ_before/σ_after on the training, validation and (optionally) a further
 * held-out sample.
 *
 * @param flowTime       the chosen flow time t (∞ when the unregularised limit is best)
 * @param trainGain      gain on the training set
 * @param validationGain gain on the validation set
 * @param otherGain      gain on the further held-out sample (NaN when none was given)
 */
public record ClosedFormRun(double flowTime, double trainGain, double validationGain, double otherGain) {

    /**
     * @param other a held-out sample reported but not used to choose t (e.g. the test set), or null
     */
    public static ClosedFormRun of(PointSample train, PointSample validation, PointSample other,
                                   QuinticFlowOptions o, OperatorOptions ops, int threads) {
        QuinticKernelFlow flow = new QuinticKernelFlow(train, validation, o, ops, threads);
        List<HeldOutSet> held = new ArrayList<>(List.of(flow.testSet()));
        if (other != null) {
            held.add(flow.heldOut(other));
        }
        List<Double> before = held.stream().map(h -> h.values().sigma(null).value()).toList();
        double trainBefore = flow.sigmaTrain().sigma().value();
        ExactPoint best = new ExactKernelFlow(flow, held, ExactKernelFlow.Method.AUTO, ExactKernelFlow.LANCZOS_STEPS)
                .auto(0, 0).best();
        return new ClosedFormRun(best.time().t(), trainBefore / best.sigmaTrain().value(),
                before.get(0) / best.sigmaHeld().get(0).value(),
                other == null ? Double.NaN : before.get(1) / best.sigmaHeld().get(1).value());
    }
}
