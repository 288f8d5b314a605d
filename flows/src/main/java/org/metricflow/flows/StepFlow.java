package org.metricflow.flows;

/**
 * A flow given by a discrete step map y ↦ Φ_h(y) of step size h (flow time): an explicit gradient-descent step (h is
 * the learning rate), an implicit step, or an optimiser step. The runner chooses h, halves it after a
 * {@link StepOutcome.Rejected rejection} ({@link StepHalving}), checks the guards on the new state and checkpoints.
 * Implementations may cache what they derive from the last state they saw, but the outcome must depend only on
 * (t, state, h): that makes a resumed run bit-identical to the uninterrupted one.
 */
public non-sealed interface StepFlow extends MetricFlow {

    /**
     * One step of size h from {@code state} at time t.
     *
     * @param state y, length {@link #stateDimension()} (not modified)
     * @return the new state, or why the step is rejected, failed, or not needed
     */
    StepOutcome step(double t, double[] state, double h);
}
