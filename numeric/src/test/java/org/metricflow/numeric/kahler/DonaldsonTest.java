package org.metricflow.numeric.kahler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.ejml.data.ZMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.metricflow.numeric.manifold.ProjectiveHypersurface;
import org.metricflow.numeric.metric.MongeAmpereEstimate;
import org.metricflow.numeric.sample.PointSample;

class DonaldsonTest {

    @Test
    void tOperatorMatchesTheDefiningSum() {
        ProjectiveHypersurface x = ProjectiveHypersurface.fermatCubic();
        PointSample s = AlgebraicMetricTest.sample(x, 700, 4);
        MonomialBasis basis = MonomialBasis.of(x, 3);
        int n = basis.size();
        ZMatrixRMaj h = AlgebraicMetricTest.randomPositive(n, 7);
        ZMatrixRMaj t = TOperator.apply(new AlgebraicMetric(x, basis, h), s, 2);
        // T_{αβ} = N Σ w s_α conj(s_β)/ψ / Σ w, ψ = Σ conj(s_α) H_{αβ} s_β, with the sections evaluated directly
        double[][] re = new double[n][n];
        double[][] im = new double[n][n];
        double sw = 0;
        for (int k = 0; k < s.size(); k++) {
            double[] sr = new double[n];
            double[] si = new double[n];
            for (int a = 0; a < n; a++) {
                int[] e = basis.exponents(a);
                org.hipparchus.complex.Complex v = org.hipparchus.complex.Complex.ONE;
                for (int i = 0; i < 3; i++) {
                    v = v.multiply(new org.hipparchus.complex.Complex(s.points()[k * 6 + i], s.points()[k * 6 + 3 + i])
                            .pow(e[i]));
                }
                sr[a] = v.getReal();
                si[a] = v.getImaginary();
            }
            double psi = 0;
            for (int a = 0; a < n; a++) {
                for (int b = 0; b < n; b++) {
                    // conj(s_a) H_ab s_b
                    double hr = h.getReal(a, b);
                    double hi = h.getImag(a, b);
                    double xr = sr[a] * hr + si[a] * hi;
                    double xi = sr[a] * hi - si[a] * hr;
                    psi += xr * sr[b] - xi * si[b];
                }
            }
            double c = s.weights()[k] / psi;
            sw += s.weights()[k];
            for (int a = 0; a < n; a++) {
                for (int b = 0; b < n; b++) {
                    re[a][b] += c * (sr[a] * sr[b] + si[a] * si[b]);
                    im[a][b] += c * (si[a] * sr[b] - sr[a] * si[b]);
                }
            }
        }
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                assertThat(t.getReal(a, b)).isCloseTo(n * re[a][b] / sw, org.assertj.core.data.Offset.offset(1e-10));
                assertThat(t.getImag(a, b)).isCloseTo(n * im[a][b] / sw, org.assertj.core.data.Offset.offset(1e-10));
            }
        }
    }

    @Test
    void iterationReachesTheFixedPointAndImprovesSigmaOnTheCubic() {
        ProjectiveHypersurface x = ProjectiveHypersurface.fermatCubic();
        PointSample train = AlgebraicMetricTest.sample(x, 4000, 1);
        PointSample test = AlgebraicMetricTest.sample(x, 4000, 2);
        BalancedRun run = Donaldson.balance(AlgebraicMetric.multinomial(x, 4), train, 40, 1e-5, 2, i -> { });
        assertThat(run.converged()).isTrue();
        MongeAmpereEstimate fs = AlgebraicMetric.multinomial(x, 1).estimate(test, 2);
        MongeAmpereEstimate bal = run.metric().estimate(test, 2);
        assertThat(bal.sigma().value()).isLessThan(fs.sigma().value() / 2);
        // the Kähler class is fixed: Vol_g = Vol_FS = 3 for every H
        assertThat(bal.volumeMetric().pull(3.0)).isLessThan(4);
    }

    @Test
    void tooFewPointsForTheBasisAreRefused() {
        ProjectiveHypersurface x = ProjectiveHypersurface.fermatQuintic();
        PointSample s = AlgebraicMetricTest.sample(x, 100, 1);
        assertThatThrownBy(() -> TOperator.apply(AlgebraicMetric.multinomial(x, 2), s, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("k = 2 needs at least N_k^2 = 225");
    }
}
