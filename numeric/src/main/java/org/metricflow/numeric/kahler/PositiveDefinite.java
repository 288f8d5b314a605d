package org.metricflow.numeric.kahler;

import org.metricflow.numeric.metric.HermitianDeterminant;

/**
 * Sylvester's criterion for a Hermitian d×d matrix (interleaved complex, row-major): positive definite iff every
 * leading principal minor is positive (det g &gt; 0 alone is not enough for d ≥ 2: two negative eigenvalues give a
 * positive determinant). A per-thread workspace.
 */
final class PositiveDefinite {

    private final int d;
    private final HermitianDeterminant[] minors;
    private final double[] scratch;

    PositiveDefinite(int d) {
        this.d = d;
        this.minors = new HermitianDeterminant[d];
        for (int k = 1; k <= d; k++) {
            minors[k - 1] = new HermitianDeterminant(k);
        }
        this.scratch = new double[2 * d * d];
    }

    /** Whether the matrix at {@code g[off ..]} is positive definite with finite entries. */
    boolean test(double[] g, int off) {
        for (int k = 1; k <= d; k++) {
            for (int a = 0; a < k; a++) {
                System.arraycopy(g, off + 2 * a * d, scratch, 2 * a * k, 2 * k);
            }
            double m = minors[k - 1].det(scratch, 0);
            if (!(m > 0) || !Double.isFinite(m)) {
                return false;
            }
        }
        return true;
    }
}
