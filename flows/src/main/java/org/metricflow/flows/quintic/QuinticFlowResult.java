package org.metricflow.flows.quintic;

import java.util.List;
import org.metricflow.numeric.manifold.Chart;
import org.metricflow.numeric.metric.MonteCarloEstimate;

/**
 * Outcome of a kernel-flow run: σ (B.11, with Monte Carlo standard errors over random lines) of the training and
 * test sets before and after, the gains σ_before/σ_after, the per-step history and why the run ended early, if it
 * did.
 *
 * @param sigmaTrainBefore σ of the training set before the flow
 * @param sigmaTrainAfter  after
 * @param sigmaTestBefore  σ of the test set before
 * @param sigmaTestAfter   after (metric updated by prediction from the training set)
 * @param history          one record per completed step
 * @param stopReason       null when all steps ran, else why the run stopped (the state is the last good one)
 * @param chart            the common chart
 * @param worstCondition   the worst Jacobian condition number into that chart
 * @param clippedTotal     total clipped point updates
 * @param state            the final state
 */
public record QuinticFlowResult(MonteCarloEstimate sigmaTrainBefore, MonteCarloEstimate sigmaTrainAfter,
                                MonteCarloEstimate sigmaTestBefore, MonteCarloEstimate sigmaTestAfter,
                                List<StepRecord> history, String stopReason, Chart chart, double worstCondition,
                                long clippedTotal, FlowState state) {

    public QuinticFlowResult {
        history = List.copyOf(history);
    }

    /** σ_before/σ_after on the training set. */
    public double gainTrain() {
        return sigmaTrainBefore.value() / sigmaTrainAfter.value();
    }

    /** σ_before/σ_after on the test set. */
    public double gainTest() {
        return sigmaTestBefore.value() / sigmaTestAfter.value();
    }
}
