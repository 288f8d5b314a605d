package org.metricflow.verification.claims.cy;

import org.metricflow.numeric.manifold.ProjectiveHypersurface;
import org.metricflow.numeric.metric.MonteCarloEstimate;
import org.metricflow.numeric.sampling.LineIntersectionSampler;
import org.metricflow.numeric.sample.PointSample;
import org.metricflow.numeric.sampling.SamplerOptions;
import org.metricflow.verification.Budget;

/** Samples for the claims of this package, seeded from the budget. */
final class CySamples {

    /** Pull (in standard errors) accepted for Monte Carlo comparisons. */
    static final double PULL = 4;

    private CySamples() {
    }

    static PointSample sample(ProjectiveHypersurface x, int points, Budget budget, long salt) {
        return new LineIntersectionSampler(x, SamplerOptions.defaults().withSeed(budget.seed() * 1_000_003L + salt))
                .sample(points);
    }

    static String describe(MonteCarloEstimate e) {
        return String.format(java.util.Locale.ROOT, "%.6f ± %.6f", e.value(), e.standardError());
    }
}
