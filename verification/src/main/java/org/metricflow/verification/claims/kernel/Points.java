package org.metricflow.verification.claims.kernel;

import org.hipparchus.random.RandomGenerator;
import org.hipparchus.random.Well19937c;

/** Deterministic point sets for the kernel claims. */
final class Points {

    private Points() {
    }

    /** n points with coordinates uniform in [−radius, radius]^d. */
    static double[] box(int n, int d, double radius, long seed) {
        RandomGenerator rng = new Well19937c(seed);
        double[] p = new double[n * d];
        for (int i = 0; i < p.length; i++) {
            p[i] = radius * (2 * rng.nextDouble() - 1);
        }
        return p;
    }

    /** log2 widths from..to inclusive, as widths. */
    static int[] powersOfTwo(int from, int to) {
        int[] w = new int[to - from + 1];
        for (int k = from; k <= to; k++) {
            w[k - from] = 1 << k;
        }
        return w;
    }
}
