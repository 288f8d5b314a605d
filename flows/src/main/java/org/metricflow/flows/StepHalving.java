package org.metricflow.flows;

import java.util.function.DoublePredicate;

/**
 * The one positivity-and-stability policy of the flows: a step (or the update at one point) that is not admissible is
 * halved, at most {@value #MAX_HALVINGS} times (2^−60 ≈ 10⁻¹⁸ is below the resolution of a double relative to 1, so
 * further halvings cannot change a state). The runner halves a {@link StepOutcome.Rejected rejected} step; step maps
 * that clip the update point by point use {@link #largestFactor}.
 */
public final class StepHalving {

    /** Most halvings of a step or of a point's update. */
    public static final int MAX_HALVINGS = 60;

    private StepHalving() {
    }

    /**
     * The largest factor 2^−k (k = 0 … {@value #MAX_HALVINGS}) that {@code admissible} accepts, or 0 when none does
     * (the update is dropped).
     */
    public static double largestFactor(DoublePredicate admissible) {
        double t = 1;
        for (int k = 0; k <= MAX_HALVINGS; k++, t *= 0.5) {
            if (admissible.test(t)) {
                return t;
            }
        }
        return 0;
    }
}
