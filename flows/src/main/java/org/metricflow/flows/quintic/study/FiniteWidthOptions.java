package org.metricflow.flows.quintic.study;

import java.util.Objects;
import org.metricflow.flows.quintic.CommonChartChoice;
import org.metricflow.flows.quintic.QuinticFlowOptions;
import org.metricflow.flows.quintic.SigmaLoss;

/**
 * Options of a {@link FiniteWidthFlow}.
 *
 * @param learningRate   lr > 0 of the gradient descent on the network parameters
 * @param loss           the loss density
 * @param conditionLimit points whose Jacobian into the common chart has a larger condition number are left out
 *                       ({@link CommonChartChoice}); ≥ 1
 */
public record FiniteWidthOptions(double learningRate, SigmaLoss loss, double conditionLimit) {

    public FiniteWidthOptions {
        Objects.requireNonNull(loss, "loss");
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new IllegalArgumentException("learning rate must be finite and > 0, got " + learningRate);
        }
        if (!(conditionLimit >= 1)) {
            throw new IllegalArgumentException("condition limit must be >= 1, got " + conditionLimit);
        }
    }

    /** The given rate and loss with the default condition limit {@link QuinticFlowOptions#DEFAULT_CONDITION_LIMIT}. */
    public static FiniteWidthOptions of(double learningRate, SigmaLoss loss) {
        return new FiniteWidthOptions(learningRate, loss, QuinticFlowOptions.DEFAULT_CONDITION_LIMIT);
    }

    /** The learning rate, loss and condition limit of a kernel flow's options. */
    public static FiniteWidthOptions of(QuinticFlowOptions o) {
        return new FiniteWidthOptions(o.learningRate(), o.loss(), o.conditionLimit());
    }
}
