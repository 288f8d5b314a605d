package org.metricflow.numeric.kahler;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.assertj.core.data.Offset;
import org.ejml.data.ZMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.metricflow.numeric.manifold.ProjectiveHypersurface;
import org.metricflow.numeric.sample.PointSample;

class MongeAmpereLossTest {

    @Test
    void gradientMatchesCentralDifferencesOfTheLoss() {
        ProjectiveHypersurface x = ProjectiveHypersurface.fermatQuartic();
        PointSample s = AlgebraicMetricTest.sample(x, 600, 8);
        MonomialBasis basis = MonomialBasis.of(x, 2);
        int n = basis.size();
        ZMatrixRMaj h = AlgebraicMetricTest.randomPositive(n, 4);
        ZMatrixRMaj e = AlgebraicMetricTest.randomPositive(n, 5);
        int[] all = IntStream.range(0, s.size()).toArray();
        MongeAmpereLoss loss = new MongeAmpereLoss(s, basis, 2);
        MongeAmpereLoss.Evaluation at = loss.evaluate(AlgebraicMetric.factorTransposed(h), all);
        double analytic = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                // Re tr(E Γ) = Σ Re(E_ij Γ_ji)
                analytic += e.getReal(i, j) * at.gradient().getReal(j, i) - e.getImag(i, j) * at.gradient().getImag(j, i);
            }
        }
        double eps = 1e-5;
        double up = loss.evaluate(AlgebraicMetric.factorTransposed(shift(h, e, eps)), all).loss();
        double down = loss.evaluate(AlgebraicMetric.factorTransposed(shift(h, e, -eps)), all).loss();
        double numeric = (up - down) / (2 * eps);
        assertThat(analytic).isCloseTo(numeric, Offset.offset(1e-6 * Math.abs(numeric) + 1e-10));
        assertThat(at.sigma()).isGreaterThan(0);
    }

    private static ZMatrixRMaj shift(ZMatrixRMaj h, ZMatrixRMaj e, double t) {
        ZMatrixRMaj out = h.copy();
        for (int i = 0; i < out.data.length; i++) {
            out.data[i] += t * e.data[i];
        }
        return out;
    }
}
