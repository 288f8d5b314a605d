/**
 * The generalisation studies of §3.2 (Fig. 3) and the finite-width comparison: the σ gain of a kernel flow on noised
 * copies of its training points against their FS distance, off X as the paper did and projected back onto X
 * ({@link org.metricflow.flows.quintic.study.NoiseStudy}); the mean nearest-neighbour distance against the number of
 * points with the power-law fit of eq. (3.6) and the extrapolated sample size for a target gain
 * ({@link org.metricflow.flows.quintic.study.DistanceStudy},
 * {@link org.metricflow.flows.quintic.study.GainExtrapolation});
 * and the σ-loss flow of finite ReLU networks whose empirical NTK is frozen or evolves with training
 * ({@link org.metricflow.flows.quintic.study.FiniteWidthFlow}). Metrics and Ω live in the common chart of
 * {@link org.metricflow.flows.quintic.CommonChartChoice}; points use the cymetric layout of the numeric module.
 */
package org.metricflow.flows.quintic.study;
