package org.metricflow.numeric.nn;

import org.metricflow.numeric.Inputs;
import org.hipparchus.random.RandomGenerator;

/** Initialisation draws (package-private): fixed draw order so that a seed reproduces a network. */
final class Draws {

    private Draws() {
    }

    /** n draws of scale·N(0, 1). */
    static double[] gaussian(RandomGenerator rng, int n, double scale) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = scale * rng.nextGaussian();
        }
        return v;
    }

    /** n draws of U(−π, π). */
    static double[] uniformPi(RandomGenerator rng, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = Math.PI * (2 * rng.nextDouble() - 1);
        }
        return v;
    }

    static void requireOutputs(int outputs) {
        Inputs.requireRange("outputs", outputs, 1, 1 << 16);
    }

    static void requireRng(RandomGenerator rng) {
        if (rng == null) {
            throw new IllegalArgumentException("rng must not be null");
        }
    }
}
