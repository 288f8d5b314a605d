package org.metricflow.numeric.metric;

/**
 * Integrated Monge–Ampère quantities of a Kähler metric g on a Calabi–Yau X, estimated from an FS-distributed
 * point sample (appendix B of the paper, eqs. B.10, B.11; conventions in docs/conventions.md "Calabi–Yau conventions").
 *
 * @param volumeOmega  Vol_Ω = ∫_X |Ω|² d^{2d}x
 * @param volumeMetric Vol_g = ∫_X det g d^{2d}x = ∫_X J^d/d!
 * @param kappa        κ = Vol_g/Vol_Ω, the constant of J^d/d! = κ|Ω|² for the Ricci-flat metric in g's class
 * @param sigma        σ = ∫|1 − η| μ_Ω / ∫μ_Ω, η = det g/(κ|Ω|²) (0 exactly for the Calabi–Yau metric)
 * @param points       number of points used
 * @param lines        number of independent random lines (the units of the error bars)
 */
public record MongeAmpereEstimate(MonteCarloEstimate volumeOmega, MonteCarloEstimate volumeMetric,
                                  MonteCarloEstimate kappa, MonteCarloEstimate sigma, int points, int lines) {
}
