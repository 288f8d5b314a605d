package org.metricflow.flows.quintic.tune;

/**
 * Budget and seed of a {@link HyperparameterSearch}.
 *
 * @param evaluations flow runs CMA-ES may spend, ≥ 1 (the search stops when they are used up)
 * @param steps       flow steps per run, ≥ 1
 * @param seed        seed of CMA-ES's random generator (same seed, same samples → same result)
 */
public record TuneOptions(int evaluations, int steps, long seed) {

    /** Default budget: 30 runs. */
    public static final int DEFAULT_EVALUATIONS = 30;

    public TuneOptions {
        if (evaluations < 1) {
            throw new IllegalArgumentException("tune evaluations must be >= 1, got " + evaluations);
        }
        if (steps < 1) {
            throw new IllegalArgumentException("tune steps must be >= 1, got " + steps);
        }
    }
}
