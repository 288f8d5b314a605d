package org.metricflow.numeric.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PolynomialRootsTest {

    /** (t − 1)(t − 2)(t − i)(t + 3 − 0.5i) expanded: both finders return the four known roots. */
    @Test
    void knownRoots() {
        double[][] roots = {{1, 0}, {2, 0}, {0, 1}, {-3, 0.5}};
        double[] cr = {1};
        double[] ci = {0};
        for (double[] r : roots) {
            double[] nr = new double[cr.length + 1];
            double[] ni = new double[cr.length + 1];
            for (int k = 0; k < cr.length; k++) {
                nr[k + 1] += cr[k];
                ni[k + 1] += ci[k];
                nr[k] -= cr[k] * r[0] - ci[k] * r[1];
                ni[k] -= cr[k] * r[1] + ci[k] * r[0];
            }
            cr = nr;
            ci = ni;
        }
        for (PolynomialRoots finder : new PolynomialRoots[] {new AberthRoots(4), new CompanionEigenRoots(4)}) {
            double[] tr = new double[4];
            double[] ti = new double[4];
            assertThat(finder.solve(cr, ci, 4, tr, ti)).isTrue();
            for (double[] r : roots) {
                double best = Double.POSITIVE_INFINITY;
                for (int k = 0; k < 4; k++) {
                    best = Math.min(best, Math.hypot(tr[k] - r[0], ti[k] - r[1]));
                }
                assertThat(best).as("%s root %s", finder.getClass().getSimpleName(), r[0]).isLessThan(1e-12);
            }
        }
    }

    /** Aberth (ours) and EJML companion eigenvalues (library) agree on 2,000 random complex polynomials, degree 1–8. */
    @Test
    void aberthAgreesWithLibraryCompanionEigenvalues() {
        Random r = new Random(345);
        AberthRoots aberth = new AberthRoots(8);
        CompanionEigenRoots companion = new CompanionEigenRoots(8);
        double[] ar = new double[8];
        double[] ai = new double[8];
        double[] br = new double[8];
        double[] bi = new double[8];
        int failures = 0;
        for (int trial = 0; trial < 2000; trial++) {
            int m = 1 + trial % 8;
            double[] cr = new double[m + 1];
            double[] ci = new double[m + 1];
            for (int k = 0; k <= m; k++) {
                cr[k] = r.nextGaussian();
                ci[k] = r.nextGaussian();
            }
            if (!aberth.solve(cr, ci, m, ar, ai) || !companion.solve(cr, ci, m, br, bi)) {
                failures++;
                continue;
            }
            for (int k = 0; k < m; k++) {
                assertThat(PolynomialRoots.relativeResidual(cr, ci, m, ar[k], ai[k])).isLessThan(1e-13);
                double best = Double.POSITIVE_INFINITY;
                for (int j = 0; j < m; j++) {
                    best = Math.min(best, Math.hypot(ar[k] - br[j], ai[k] - bi[j]));
                }
                assertThat(best).isLessThan(1e-7 * (1 + Math.hypot(ar[k], ai[k])));
            }
        }
        assertThat(failures).isLessThanOrEqualTo(2);
    }

    @Test
    void relativeResidualIsZeroAtARootAndOrderOneAway() {
        double[] cr = {-1, 0, 1};
        double[] ci = {0, 0, 0};
        assertThat(PolynomialRoots.relativeResidual(cr, ci, 2, 1, 0)).isZero();
        assertThat(PolynomialRoots.relativeResidual(cr, ci, 2, 0, 1)).isCloseTo(1, within(1e-15));
    }
}
