/**
 * Studies of kernels: how the empirical metric-NTK of width-N networks approaches the frozen N → ∞ kernel
 * ({@link org.metricflow.numeric.kernel.study.ConvergenceStudy}, fitted with {@link org.metricflow.numeric.PowerLawFit}).
 */
package org.metricflow.numeric.kernel.study;
