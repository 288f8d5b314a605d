package org.metricflow.flows.quintic.study;

/**
 * One point of the test-gain-vs-N scan ({@link GainScan}): the frozen-kernel flow in closed form at the flow time and
 * (Gaussian) width chosen on the validation sample. Gains are σ_before/σ_after; the test gain's error is the Monte
 * Carlo standard errors of σ_test before and after added in quadrature (relative; an upper bound, both are measured
 * on the same lines).
 *
 * @param kernel         relu, gaussian or delta
 * @param requested      training points asked for
 * @param train          training points kept (well conditioned in the common chart)
 * @param clusters       clusters of the block-diagonal kernel (1 = exact)
 * @param spectrum       how φ(A) was evaluated (eigen, lanczos)
 * @param sigma          the Gaussian width chosen on validation (rad; NaN for the other kernels)
 * @param flowTime       the flow time chosen on validation (∞ for the limit)
 * @param trainGain      gain on the training points
 * @param validationGain gain on the validation points
 * @param testGain       gain on the test points
 * @param testGainError  its Monte Carlo standard error
 * @param cpuSeconds     process CPU seconds spent on this point (all widths tried)
 */
public record GainScanPoint(String kernel, int requested, int train, int clusters, String spectrum, double sigma,
                            double flowTime, double trainGain, double validationGain, double testGain,
                            double testGainError, double cpuSeconds) {
}
