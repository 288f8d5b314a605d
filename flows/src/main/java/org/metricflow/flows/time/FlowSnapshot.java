package org.metricflow.flows.time;

/**
 * The state after an accepted step, as observers see it.
 *
 * @param time    flow time
 * @param step    number of accepted steps since the start of the run (0 for the initial state)
 * @param clipped points whose update the step map scaled down for positivity (0 for velocity flows)
 * @param state   the state vector — shared with the runner: read it, do not modify or keep it
 */
public record FlowSnapshot(double time, long step, int clipped, double[] state) {
}
