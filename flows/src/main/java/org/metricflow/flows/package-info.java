/**
 * The seam of the flows module: a {@link org.metricflow.flows.FlowDefinition} (fields, jet order, the generated
 * velocity and optional loss density as {@link org.metricflow.symbolic.codegen.CompiledFunction}s, and how the
 * fields encode a metric), a {@link org.metricflow.flows.Flow} (a velocity on a state vector, with the jets of its
 * fields on a torus grid), and the {@link org.metricflow.flows.MetricReadout}s that recover g_ij from jets. Every flow,
 * on a grid or on a point cloud, is a {@link org.metricflow.flows.MetricFlow} — a {@link
 * org.metricflow.flows.VelocityFlow} or a {@link org.metricflow.flows.StepFlow}, with a {@link
 * org.metricflow.flows.PointMetric} read-out for the guards — run by the one runner {@code time.FlowRunner}; rejected
 * steps and positivity clipping are halved by {@link org.metricflow.flows.StepHalving}.
 *
 * <p>No curvature formula is typed by hand in this module: velocities and densities come from the code generator
 * of the symbolic layer. The packages: {@code grid} (tori, FFT, spectral jets), {@code local} (local flows
 * dg/dt = v(jet g), eq. (2.14)), {@code kernel} (frozen Gaussian kernel flows, eq. (2.12)/(2.30)), {@code network}
 * (gradient descent on network parameters, eqs. (2.1)–(2.2)), {@code time} (Hipparchus integration, guards,
 * checkpoints, observers, decay rates of runs), {@code analysis} (measurements on states and fits), {@code classic} (the classical flows and where
 * their generated velocities come from).
 */
package org.metricflow.flows;
