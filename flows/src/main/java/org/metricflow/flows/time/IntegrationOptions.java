package org.metricflow.flows.time;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How a flow is integrated in time. Immutable; change with the {@code with*} copies.
 *
 * @param stepper            the Hipparchus integrator
 * @param step               fixed step (Euler, RK4; must be > 0) or initial step of an adaptive stepper (0: estimated)
 * @param absoluteTolerance  adaptive error control, absolute (> 0)
 * @param relativeTolerance  adaptive error control, relative (> 0)
 * @param minStep            smallest adaptive step (≥ 0; the integrator fails below it)
 * @param maxStep            largest adaptive step (> minStep; may be infinite)
 * @param checkpointInterval segment length Δ: integration restarts and a checkpoint is written at every multiple
 *                           of Δ (> 0; infinite for a single segment)
 * @param checkpointFile     where checkpoints go, if anywhere
 * @param guard              when to stop early
 * @param maxEvaluations     budget of velocity evaluations per segment (≥ 1)
 */
public record IntegrationOptions(Stepper stepper, double step, double absoluteTolerance, double relativeTolerance,
                                 double minStep, double maxStep, double checkpointInterval,
                                 Optional<Path> checkpointFile, GuardOptions guard, int maxEvaluations) {

    public IntegrationOptions {
        Objects.requireNonNull(stepper, "stepper");
        Objects.requireNonNull(checkpointFile, "checkpointFile");
        Objects.requireNonNull(guard, "guard");
        if (stepper.adaptive() ? !(step >= 0) || Double.isInfinite(step) : !(step > 0) || Double.isInfinite(step)) {
            throw new IllegalArgumentException("step of " + stepper + " must be " + (stepper.adaptive() ? ">= 0"
                    : "> 0") + " and finite, got " + step);
        }
        if (!(absoluteTolerance > 0) || !(relativeTolerance > 0)) {
            throw new IllegalArgumentException("tolerances must be > 0, got " + absoluteTolerance + " and "
                    + relativeTolerance);
        }
        if (!(minStep >= 0) || !(maxStep > minStep)) {
            throw new IllegalArgumentException("need 0 <= minStep < maxStep, got " + minStep + " and " + maxStep);
        }
        if (!(checkpointInterval > 0)) {
            throw new IllegalArgumentException("checkpoint interval must be > 0, got " + checkpointInterval);
        }
        if (maxEvaluations < 1) {
            throw new IllegalArgumentException("maxEvaluations must be >= 1, got " + maxEvaluations);
        }
    }

    /** Dormand–Prince 8(5,3) with absolute and relative tolerance {@code tolerance}, one segment, no checkpoints. */
    public static IntegrationOptions adaptive(double tolerance) {
        return new IntegrationOptions(Stepper.DORMAND_PRINCE_853, 0, tolerance, tolerance, 0,
                Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Optional.empty(), GuardOptions.DEFAULT,
                Integer.MAX_VALUE);
    }

    /** A fixed-step stepper (Euler or RK4) with step {@code h}, one segment, no checkpoints. */
    public static IntegrationOptions fixedStep(Stepper stepper, double h) {
        if (stepper.adaptive()) {
            throw new IllegalArgumentException(stepper + " is adaptive; use adaptive(tolerance)");
        }
        return new IntegrationOptions(stepper, h, 1e-10, 1e-10, 0, Double.POSITIVE_INFINITY,
                Double.POSITIVE_INFINITY, Optional.empty(), GuardOptions.DEFAULT, Integer.MAX_VALUE);
    }

    /** A copy with segments of length {@code interval}, writing a checkpoint to {@code file} at each segment end. */
    public IntegrationOptions withCheckpoints(Path file, double interval) {
        return new IntegrationOptions(stepper, step, absoluteTolerance, relativeTolerance, minStep, maxStep, interval,
                Optional.of(file), guard, maxEvaluations);
    }

    /** A copy with segments of length {@code interval} and no checkpoint file. */
    public IntegrationOptions withSegments(double interval) {
        return new IntegrationOptions(stepper, step, absoluteTolerance, relativeTolerance, minStep, maxStep, interval,
                Optional.empty(), guard, maxEvaluations);
    }

    /** A copy with other guards. */
    public IntegrationOptions withGuard(GuardOptions newGuard) {
        return new IntegrationOptions(stepper, step, absoluteTolerance, relativeTolerance, minStep, maxStep,
                checkpointInterval, checkpointFile, newGuard, maxEvaluations);
    }

    /** A copy with another step-size bound for adaptive steppers. */
    public IntegrationOptions withMaxStep(double newMaxStep) {
        return new IntegrationOptions(stepper, step, absoluteTolerance, relativeTolerance, minStep, newMaxStep,
                checkpointInterval, checkpointFile, guard, maxEvaluations);
    }

    /**
     * A copy whose adaptive steps are capped at 0.9 × (stability interval)/ρ for a Jacobian spectral radius ρ
     * (see {@code analysis.StiffnessEstimate}): keeps the first trial steps of a stiff flow from overflowing.
     * Fixed steppers are returned unchanged.
     */
    public IntegrationOptions withStabilityCap(double spectralRadius) {
        if (!stepper.adaptive() || !(spectralRadius > 0)) {
            return this;
        }
        return withMaxStep(0.9 * stepper.stabilityInterval() / spectralRadius);
    }

    /** A copy with another evaluation budget per segment. */
    public IntegrationOptions withMaxEvaluations(int newMaxEvaluations) {
        return new IntegrationOptions(stepper, step, absoluteTolerance, relativeTolerance, minStep, maxStep,
                checkpointInterval, checkpointFile, guard, newMaxEvaluations);
    }

    /** Everything that changes the arithmetic of a run (not the checkpoint file): part of a checkpoint fingerprint. */
    public String describe() {
        return stepper + " step=" + step + " atol=" + absoluteTolerance + " rtol=" + relativeTolerance + " minStep="
                + minStep + " maxStep=" + maxStep + " segment=" + checkpointInterval;
    }
}
