package org.metricflow.flows.quintic.study;

import java.util.Objects;
import org.metricflow.numeric.metric.MonteCarloEstimate;

/**
 * σ before and after a {@link FiniteWidthFlow} run.
 *
 * @param evolution     frozen or evolving kernel
 * @param steps         steps taken
 * @param clippedTrain  training points where the positivity guard scales the network's correction down at the end
 * @param clippedTest   test points likewise
 * @param sigmaTrainBefore σ (B.11) on the training set with the FS metric
 * @param sigmaTrainAfter  σ on the training set after the run
 * @param sigmaTestBefore  σ on the test set with the FS metric
 * @param sigmaTestAfter   σ on the test set with the network's prediction
 * @param kernelDrift   ‖Θ_θ − Θ_{θ₀}‖_F/‖Θ_{θ₀}‖_F over the first training points and all components (0 when frozen)
 */
public record FiniteWidthResult(KernelEvolution evolution, int steps, int clippedTrain, int clippedTest,
                                MonteCarloEstimate sigmaTrainBefore,
                                MonteCarloEstimate sigmaTrainAfter, MonteCarloEstimate sigmaTestBefore,
                                MonteCarloEstimate sigmaTestAfter, double kernelDrift) {

    public FiniteWidthResult {
        Objects.requireNonNull(evolution, "evolution");
    }

    /** σ_train before/after. */
    public double gainTrain() {
        return sigmaTrainBefore.value() / sigmaTrainAfter.value();
    }

    /** σ_test before/after. */
    public double gainTest() {
        return sigmaTestBefore.value() / sigmaTestAfter.value();
    }
}
