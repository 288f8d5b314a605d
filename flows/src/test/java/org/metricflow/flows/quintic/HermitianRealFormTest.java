package org.metricflow.flows.quintic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.junit.jupiter.api.Test;

/** The real 6×6 form the guards read for a Hermitian 3×3 metric. */
class HermitianRealFormTest {

    private static double[] sortedEigenvalues(double[] r) {
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(6, false, true);
        assertThat(eig.decompose(new DMatrixRMaj(6, 6, true, r))).isTrue();
        double[] out = new double[6];
        for (int i = 0; i < 6; i++) {
            out[i] = eig.getEigenvalue(i).getReal();
        }
        Arrays.sort(out);
        return out;
    }

    /**
     * g with diagonal (a, a, c) rotated so that one off-diagonal entry b = 0.3 + 0.4i couples two equal diagonal entries
     * 1 has eigenvalues 1 ± |b| = 0.5, 1.5 and the third diagonal entry 2 (by hand); its real form is symmetric and has
     * each eigenvalue twice — for the pairs 12, 13 and 23. A planted error (the imaginary part on the wrong side of the
     * block diagonal) breaks the symmetry.
     */
    @Test
    void realFormHasEachEigenvalueTwice() {
        for (int pair = 0; pair < 3; pair++) {
            double[] g = new double[HermitianComponents.COUNT];
            int[][] idx = {{0, 1, 2}, {0, 2, 1}, {1, 2, 0}};
            g[idx[pair][0]] = 1;
            g[idx[pair][1]] = 1;
            g[idx[pair][2]] = 2;
            g[3 + 2 * pair] = 0.3;
            g[4 + 2 * pair] = 0.4;
            double[] r = new double[36];
            HermitianComponents.realForm(g, 0, r, 0);
            for (int i = 0; i < 6; i++) {
                for (int j = 0; j < 6; j++) {
                    assertThat(r[6 * i + j]).isEqualTo(r[6 * j + i]);
                }
            }
            double[] expected = {0.5, 0.5, 1.5, 1.5, 2, 2};
            double[] got = sortedEigenvalues(r);
            for (int i = 0; i < 6; i++) {
                assertThat(got[i]).as("pair %d", pair).isCloseTo(expected[i], within(1e-14));
            }
            int a = idx[pair][0];
            int b = idx[pair][1];
            r[6 * a + b + 3] = -r[6 * a + b + 3];
            assertThat(r[6 * a + b + 3]).isNotEqualTo(r[6 * (b + 3) + a]);
        }
    }
}
