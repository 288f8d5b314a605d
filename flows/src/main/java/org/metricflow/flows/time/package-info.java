/**
 * The one flow runtime ({@link org.metricflow.flows.time.FlowRunner}): {@link org.metricflow.flows.VelocityFlow}s
 * integrated with Hipparchus ODE integrators — adaptive Dormand–Prince (8(5,3) and 5(4)) for accuracy, fixed-step
 * classical Runge–Kutta and explicit Euler (gradient-descent semantics) — and {@link org.metricflow.flows.StepFlow}s
 * advanced by their step maps ({@link org.metricflow.flows.time.StepOptions}: growth, halving of rejected steps);
 * for both, step observers, guards (positivity of g at every grid or sample point, non-finite values, blow-up) that
 * stop a run with a report naming the point and keep the last good state, atomic checkpoints, and measured decay
 * rates of a run
 * ({@link org.metricflow.flows.time.DecayRate}; this package uses {@code flows.analysis}, never the reverse).
 *
 * <p>Reproducible resumption: a velocity flow is integrated in segments that end at the multiples of the checkpoint
 * interval (absolute times k·Δ), each segment by a fresh integrator, with a checkpoint at each segment end; a step flow
 * is checkpointed every K accepted steps with its time, step count and next step size. Either way a run resumed from a
 * checkpoint performs exactly the arithmetic of the uninterrupted run and reaches bit-identical states.
 */
package org.metricflow.flows.time;
