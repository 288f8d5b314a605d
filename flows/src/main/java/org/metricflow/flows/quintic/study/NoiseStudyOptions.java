package org.metricflow.flows.quintic.study;

import java.util.Arrays;

/**
 * Options of the {@link NoiseStudy}.
 *
 * @param noise standard deviations s ≥ 0 of the Gaussian noise per real ambient coordinate of a patch-normalised
 *              point (max|z_i| = 1), strictly increasing; s = 0 evaluates on the training points themselves
 * @param steps flow steps ≥ 0
 * @param seed  seed of the noise
 */
public record NoiseStudyOptions(double[] noise, int steps, long seed) {

    public NoiseStudyOptions {
        if (noise == null || noise.length == 0) {
            throw new IllegalArgumentException("need at least one noise level");
        }
        noise = noise.clone();
        for (int i = 0; i < noise.length; i++) {
            if (!(noise[i] >= 0) || !Double.isFinite(noise[i])) {
                throw new IllegalArgumentException("noise level must be finite and >= 0, got " + noise[i]);
            }
            if (i > 0 && !(noise[i] > noise[i - 1])) {
                throw new IllegalArgumentException("noise levels must be strictly increasing, got " + noise[i]
                        + " after " + noise[i - 1]);
            }
        }
        if (steps < 0) {
            throw new IllegalArgumentException("steps must be >= 0, got " + steps);
        }
    }

    /** 0 and 13 levels from 10⁻⁶ to 1 (half-decades): mean FS distances from 0 to ~1, the range of Fig. 3. */
    public static final double[] DEFAULT_NOISE = {0, 1e-6, 3e-6, 1e-5, 3e-5, 1e-4, 3e-4, 1e-3, 3e-3, 1e-2, 3e-2, 0.1,
        0.3, 1};

    @Override
    public double[] noise() {
        return noise.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NoiseStudyOptions n && Arrays.equals(noise, n.noise) && steps == n.steps
                && seed == n.seed;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(noise) + steps) + Long.hashCode(seed);
    }
}
