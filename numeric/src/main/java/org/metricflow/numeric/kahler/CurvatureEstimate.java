package org.metricflow.numeric.kahler;

import org.metricflow.numeric.metric.MonteCarloEstimate;

/**
 * Volume averages of the scalar curvature R over X with the metric's own volume form, with Monte Carlo errors.
 *
 * @param meanAbs ⟨|R|⟩ = ∫|R| dvol_g / ∫dvol_g (0 exactly for the Ricci-flat metric)
 * @param mean    ⟨R⟩ = ∫R dvol_g / ∫dvol_g; 0 for every Kähler metric on a Calabi–Yau X (∫R ω^d ∝ c₁(X)·[ω]^{d−1}
 *                = 0), so a check of the estimator and the curvature code, not of the metric
 */
public record CurvatureEstimate(MonteCarloEstimate meanAbs, MonteCarloEstimate mean) {
}
