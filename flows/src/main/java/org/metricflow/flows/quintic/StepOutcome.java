package org.metricflow.flows.quintic;

import java.util.Objects;

/**
 * What one {@link QuinticKernelFlow#step()} did: taken (with the number of clipped points), or refused with the
 * reason (policy {@link PositivityPolicy#STOP} and an update that would make g indefinite; the state is unchanged).
 *
 * @param taken   whether the step was applied
 * @param clipped points whose update was clipped for positivity (training and test); 0 when not taken
 * @param reason  why the step was refused; empty when taken
 */
public record StepOutcome(boolean taken, int clipped, String reason) {

    public StepOutcome {
        Objects.requireNonNull(reason, "reason");
        if (taken == !reason.isEmpty() || clipped < 0 || (!taken && clipped != 0)) {
            throw new IllegalArgumentException("inconsistent step outcome: taken " + taken + ", clipped " + clipped
                    + ", reason '" + reason + "'");
        }
    }

    /** A step that was applied. */
    public static StepOutcome taken(int clipped) {
        return new StepOutcome(true, clipped, "");
    }

    /** A step that was refused; the state is unchanged. */
    public static StepOutcome refused(String reason) {
        if (reason.isEmpty()) {
            throw new IllegalArgumentException("a refused step needs a reason");
        }
        return new StepOutcome(false, 0, reason);
    }
}
