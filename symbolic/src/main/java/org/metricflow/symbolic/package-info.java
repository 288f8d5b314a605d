/**
 * The symbolic layer: curvature on coordinate charts ({@code geometry}), variational calculus on jets
 * ({@code variation}), the paper's functionals ({@code functionals}) and compiled local terms ({@code codegen}).
 * Only the package {@code cas} imports Symja.
 */
package org.metricflow.symbolic;
