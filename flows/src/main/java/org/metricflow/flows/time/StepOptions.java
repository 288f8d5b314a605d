package org.metricflow.flows.time;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How the runner advances a {@link org.metricflow.flows.StepFlow}: steps of size h (flow time; the learning rate of
 * an explicit gradient-descent step) starting at {@code step}, multiplied by {@code growth} after every accepted step
 * and halved after every rejected one ({@link org.metricflow.flows.StepHalving}), capped at the time left. Immutable.
 *
 * @param step            first step size h₀ (> 0, finite)
 * @param growth          factor applied to h after an accepted step (≥ 1; 1 for fixed steps)
 * @param maxSteps        accepted steps since the start of the run (continued across resumptions) after which the
 *                        run ends (≥ 0)
 * @param checkpointEvery a checkpoint is written after every this many accepted steps and at the end (≥ 1)
 * @param checkpointFile  where checkpoints go, if anywhere
 * @param guard           when to stop early
 */
public record StepOptions(double step, double growth, long maxSteps, long checkpointEvery,
                          Optional<Path> checkpointFile, GuardOptions guard) {

    public StepOptions {
        Objects.requireNonNull(checkpointFile, "checkpointFile");
        Objects.requireNonNull(guard, "guard");
        if (!(step > 0) || Double.isInfinite(step)) {
            throw new IllegalArgumentException("step size h must be finite and > 0, got " + step);
        }
        if (!(growth >= 1) || Double.isInfinite(growth)) {
            throw new IllegalArgumentException("step growth must be finite and >= 1, got " + growth);
        }
        if (maxSteps < 0) {
            throw new IllegalArgumentException("steps must be >= 0, got " + maxSteps);
        }
        if (checkpointEvery < 1) {
            throw new IllegalArgumentException("--checkpoint-every must be >= 1, got " + checkpointEvery);
        }
    }

    /** {@code steps} steps of fixed size h, no checkpoints, guard {@link GuardOptions#POSITIVE_DEFINITE}. */
    public static StepOptions fixed(double h, long steps) {
        return new StepOptions(h, 1, steps, Long.MAX_VALUE, Optional.empty(), GuardOptions.POSITIVE_DEFINITE);
    }

    /** A copy whose step size starts at h₀ and grows by {@code factor} after every accepted step. */
    public StepOptions withGrowth(double factor) {
        return new StepOptions(step, factor, maxSteps, checkpointEvery, checkpointFile, guard);
    }

    /** A copy writing a checkpoint to {@code file} every {@code every} accepted steps and at the end. */
    public StepOptions withCheckpoints(Path file, long every) {
        return new StepOptions(step, growth, maxSteps, every, Optional.of(file), guard);
    }

    /** Everything that changes the arithmetic of a run: part of a checkpoint fingerprint. */
    public String describe() {
        return "steps h0=" + step + " growth=" + growth;
    }
}
