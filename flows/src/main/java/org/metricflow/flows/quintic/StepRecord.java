package org.metricflow.flows.quintic;

/**
 * One step of a kernel flow.
 *
 * @param step        index of the completed step (1-based)
 * @param sigmaTrain  σ of the training set after the step
 * @param lossTrain   μ_Ω-weighted mean loss density on the training set before the step (what the step descends)
 * @param clipped     points whose update was clipped for positivity (training and test)
 */
public record StepRecord(int step, double sigmaTrain, double lossTrain, int clipped) {
}
