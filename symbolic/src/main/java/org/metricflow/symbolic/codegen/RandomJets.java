package org.metricflow.symbolic.codegen;

import java.util.List;
import org.hipparchus.random.RandomGenerator;
import org.metricflow.symbolic.jet.JetSpace;

/**
 * Random points of a jet space where the reference densities are real-valued: field values in [0.5, 1.5] (positive,
 * as diagonal metric components and conformal factors must be), off-diagonal metric components {@code gij} (i ≠ j)
 * in [−0.25, 0.25] (so a metric with diagonal ≥ 0.5 stays diagonally dominant, hence positive definite, for n ≤ 3),
 * derivatives and coordinates in [−1, 1].
 */
public final class RandomJets {

    private final double[] lower;
    private final double[] upper;

    /** Sampler for points laid out as {@link LocalDensity} inputs: jet variables, then {@code coordinates} values. */
    public RandomJets(JetSpace jets, int coordinates) {
        int n = jets.size() + coordinates;
        lower = new double[n];
        upper = new double[n];
        List<String> names = jets.variableNames();
        for (int i = 0; i < n; i++) {
            String name = i < names.size() ? names.get(i) : "";
            boolean value = i < names.size() && !name.contains("_d");
            boolean offDiagonal = value && name.matches("g[1-9][1-9]") && name.charAt(1) != name.charAt(2);
            lower[i] = offDiagonal ? -0.25 : value ? 0.5 : -1.0;
            upper[i] = offDiagonal ? 0.25 : value ? 1.5 : 1.0;
        }
    }

    /** Values per point. */
    public int size() {
        return lower.length;
    }

    /**
     * Fills {@code out[offset .. offset + size())} with one random point.
     *
     * @param rng    source of randomness
     * @param out    receives the point (modified)
     * @param offset first slot written
     */
    public void sample(RandomGenerator rng, double[] out, int offset) {
        for (int i = 0; i < lower.length; i++) {
            out[offset + i] = lower[i] + (upper[i] - lower[i]) * rng.nextDouble();
        }
    }
}
