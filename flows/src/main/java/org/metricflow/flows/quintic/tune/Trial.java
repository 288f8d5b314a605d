package org.metricflow.flows.quintic.tune;

import org.metricflow.flows.quintic.QuinticFlowOptions;

/**
 * One flow run of a search: the options, the σ-loss gains σ_before/σ_after on the training and validation sets, and
 * the score CMA-ES minimises.
 *
 * @param options        the run's options
 * @param trainGain      gain on the training set (NaN for a failed run)
 * @param validationGain gain on the validation set (NaN for a failed run)
 * @param clipped        point updates clipped for positivity (policy CLIP)
 * @param failure        null for a completed run, else why it failed (g indefinite, det g ≤ 0)
 * @param score          −ln(validation gain), or {@link HyperparameterSearch#FAILURE_SCORE} for a failure
 * @param flowTime       closed-form search: the validation-chosen flow time t (∞ allowed); NaN for stepped runs
 */
public record Trial(QuinticFlowOptions options, double trainGain, double validationGain, long clipped,
                    String failure, double score, double flowTime) {

    /** Whether the run completed all its steps. */
    public boolean completed() {
        return failure == null;
    }
}
