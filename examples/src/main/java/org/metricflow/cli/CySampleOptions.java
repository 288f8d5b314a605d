package org.metricflow.cli;

import org.metricflow.numeric.Parallel;
import org.metricflow.numeric.manifold.ProjectiveHypersurface;
import org.metricflow.numeric.sampling.LineIntersectionSampler;
import org.metricflow.numeric.sample.PointSample;
import org.metricflow.numeric.sampling.SamplerOptions;
import picocli.CommandLine.Option;

/** Sampling options of the {@code cy} subcommands: seed, threads and the number of unseen test points. */
final class CySampleOptions {

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S",
            description = "Seed of the samples (training S, test S+1, balancing S+2, network training S+3).")
    long seed;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: available processors).")
    Integer threads;

    @Option(names = "--test-points", defaultValue = "20000", paramLabel = "N",
            description = "Unseen points for sigma, kappa and the volume.")
    int testPoints;

    int threads() {
        int t = threads == null ? Parallel.defaultThreads() : threads;
        if (t < 1) {
            throw new IllegalArgumentException("--threads must be >= 1, got " + t);
        }
        return t;
    }

    /** {@code points} points of x, seeded with S + {@code seedOffset}. */
    PointSample sample(ProjectiveHypersurface x, int points, long seedOffset) {
        if (points < 1) {
            throw new IllegalArgumentException("number of points must be >= 1, got " + points);
        }
        return new LineIntersectionSampler(x, SamplerOptions.defaults().withSeed(seed + seedOffset)
                .withThreads(threads())).sample(points);
    }
}
