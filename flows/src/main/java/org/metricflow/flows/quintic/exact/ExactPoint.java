package org.metricflow.flows.quintic.exact;

import java.util.List;
import org.metricflow.numeric.metric.MonteCarloEstimate;

/**
 * The linearised frozen-kernel flow evaluated at one flow time.
 *
 * @param time       flow time and ridge
 * @param sigmaTrain σ of the training set
 * @param sigmaHeld  σ of each held-out set (same order as the flow's held-out sets)
 * @param shiftTrain Δ ln det g per training point
 * @param shiftHeld  Δ ln det g per point of each held-out set
 */
public record ExactPoint(FlowTime time, MonteCarloEstimate sigmaTrain, List<MonteCarloEstimate> sigmaHeld,
                         double[] shiftTrain, List<double[]> shiftHeld) {

    public ExactPoint {
        sigmaHeld = List.copyOf(sigmaHeld);
        shiftHeld = List.copyOf(shiftHeld);
    }
}
