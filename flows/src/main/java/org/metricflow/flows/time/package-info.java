/**
 * Time integration of {@link org.metricflow.flows.Flow}s with Hipparchus ODE integrators: adaptive Dormand–Prince
 * (8(5,3) and 5(4)) for accuracy, fixed-step classical Runge–Kutta and explicit Euler (gradient-descent semantics),
 * step observers, guards (positivity of g, non-finite values, blow-up) that stop a run with a report and keep the
 * last good state, atomic checkpoints, and measured decay rates of a run
 * ({@link org.metricflow.flows.time.DecayRate}; this package uses {@code flows.analysis}, never the reverse).
 *
 * <p>Reproducible resumption: a run is integrated in segments that end at the multiples of the checkpoint interval
 * (absolute times k·Δ), each segment by a fresh integrator. A checkpoint is written at each segment end, so a run
 * resumed from a checkpoint performs exactly the arithmetic of the uninterrupted run and reaches bit-identical
 * states.
 */
package org.metricflow.flows.time;
