package org.metricflow.flows.time;

import java.util.Optional;

/**
 * The outcome of a run.
 *
 * @param status      completed, or stopped early
 * @param time        time of {@code state}: the requested end, or the last good time of a stopped run
 * @param state       the final (or last good) state
 * @param steps       accepted steps since the start of the run (continued across resumptions)
 * @param evaluations velocity evaluations in this invocation
 * @param stop        why the run stopped early, if it did
 * @param checkpoints checkpoints written in this invocation
 */
public record FlowResult(FlowStatus status, double time, double[] state, long steps, long evaluations,
                         Optional<GuardReport> stop, int checkpoints) {

    public FlowResult {
        state = state.clone();
    }

    @Override
    public double[] state() {
        return state.clone();
    }
}
