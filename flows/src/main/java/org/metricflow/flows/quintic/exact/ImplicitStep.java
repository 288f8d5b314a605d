package org.metricflow.flows.quintic.exact;

/**
 * One linearly implicit step of the nonlinear frame flow.
 *
 * @param time         flow time after the step
 * @param sigmaTrain   σ of the training set after the step
 * @param sigmaTest    σ of the test set after the step
 * @param cgIterations conjugate-gradient iterations the step's linear system took
 * @param cgResidual   the relative residual CG reached
 */
public record ImplicitStep(double time, double sigmaTrain, double sigmaTest, int cgIterations, double cgResidual) {
}
