package org.metricflow.flows.quintic.study;

import java.util.Objects;
import org.metricflow.numeric.metric.MonteCarloEstimate;

/**
 * One point of Fig. 3 (left): the noised copies of the training points at one noise level.
 *
 * @param mode         ambient (off X) or projected onto X
 * @param noise        noise standard deviation per real ambient coordinate
 * @param points       noised points evaluated (valid geometry and held by the common chart)
 * @param dropped      noised points left out (invalid geometry off X, failed projection, or badly conditioned)
 * @param meanDistance mean FS distance (eq. 3.2) between a noised point and its training point
 * @param sigmaBefore  σ (B.11) of the noised points with the FS metric
 * @param sigmaAfter   σ with the metric the kernel predicts there after training
 */
public record NoiseRow(NoiseMode mode, double noise, int points, int dropped, double meanDistance,
                       MonteCarloEstimate sigmaBefore, MonteCarloEstimate sigmaAfter) {

    public NoiseRow {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(sigmaBefore, "sigmaBefore");
        Objects.requireNonNull(sigmaAfter, "sigmaAfter");
    }

    /** The factor gained in σ: σ_before/σ_after (> 1 is an improvement). */
    public double gain() {
        return sigmaBefore.value() / sigmaAfter.value();
    }
}
