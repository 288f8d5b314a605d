package org.metricflow.flows;

/** What one step of a {@link StepFlow} did. */
public sealed interface StepOutcome {

    /**
     * The step was taken.
     *
     * @param state   the new state (the runner owns it)
     * @param clipped points whose update was scaled down by {@link StepHalving} to keep g positive definite
     */
    record Accepted(double[] state, int clipped) implements StepOutcome {
        public Accepted {
            if (clipped < 0) {
                throw new IllegalArgumentException("clipped points must be >= 0, got " + clipped);
            }
        }
    }

    /** The step is too large (e.g. it raised the loss): the runner retries with h/2 ({@link StepHalving}). */
    record Rejected(String reason) implements StepOutcome {
    }

    /** The step cannot be taken at any size (e.g. a linear solve did not converge): the run stops. */
    record Failed(String reason) implements StepOutcome {
    }

    /** The state is a fixed point to round-off (e.g. the loss is at its floor): the run ends here. */
    record Stationary(String reason) implements StepOutcome {
    }
}
