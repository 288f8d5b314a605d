package org.metricflow.numeric.sampling;

import org.metricflow.numeric.Parallel;

/**
 * Options of {@link LineIntersectionSampler}. Lines are generated in chunks of {@code linesPerChunk}; chunk c draws
 * from its own {@code Well19937c} seeded with (seed, c), so the sample depends on the seed and the chunk size but
 * not on the number of threads.
 *
 * @param seed                base seed
 * @param threads             worker threads (≥ 1)
 * @param linesPerChunk       lines per chunk (≥ 1)
 * @param polishTolerance     Newton polishing target for |p(z)|/‖c‖₁ at max|z_i| = 1 (relative 1e-12)
 * @param acceptTolerance     acceptance bound for the same relative residual at the stored point
 * @param singularTolerance   a point with max|∇p(u)|/‖c‖₁ below this (max|u_i| = 1) is singular
 * @param maxSingularFraction above this fraction of singular candidates the polynomial is rejected as singular
 */
public record SamplerOptions(long seed, int threads, int linesPerChunk, double polishTolerance,
                             double acceptTolerance, double singularTolerance, double maxSingularFraction) {

    public SamplerOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        if (linesPerChunk < 1) {
            throw new IllegalArgumentException("linesPerChunk must be >= 1, got " + linesPerChunk);
        }
        if (!(polishTolerance > 0) || !(acceptTolerance >= polishTolerance) || !(acceptTolerance < 1)) {
            throw new IllegalArgumentException("need 0 < polishTolerance <= acceptTolerance < 1, got "
                    + polishTolerance + " and " + acceptTolerance);
        }
        if (!(singularTolerance >= 0) || !(maxSingularFraction >= 0 && maxSingularFraction <= 1)) {
            throw new IllegalArgumentException("singularTolerance must be >= 0 and maxSingularFraction in [0, 1], got "
                    + singularTolerance + " and " + maxSingularFraction);
        }
    }

    /** Seed 0, all processors, 512 lines per chunk, tolerances 1e-12 / 1e-10, singular below 1e-8, at most 0.1%. */
    public static SamplerOptions defaults() {
        return new SamplerOptions(0L, Parallel.defaultThreads(), 512, 1e-12, 1e-10, 1e-8, 1e-3);
    }

    public SamplerOptions withSeed(long newSeed) {
        return new SamplerOptions(newSeed, threads, linesPerChunk, polishTolerance, acceptTolerance,
                singularTolerance, maxSingularFraction);
    }

    public SamplerOptions withThreads(int newThreads) {
        return new SamplerOptions(seed, newThreads, linesPerChunk, polishTolerance, acceptTolerance,
                singularTolerance, maxSingularFraction);
    }

    public SamplerOptions withLinesPerChunk(int lines) {
        return new SamplerOptions(seed, threads, lines, polishTolerance, acceptTolerance, singularTolerance,
                maxSingularFraction);
    }
}
