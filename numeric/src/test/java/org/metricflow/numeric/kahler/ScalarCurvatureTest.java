package org.metricflow.numeric.kahler;

import static org.assertj.core.api.Assertions.assertThat;

import org.ejml.data.ZMatrixRMaj;
import org.hipparchus.complex.Complex;
import org.junit.jupiter.api.Test;
import org.metricflow.numeric.manifold.HomogeneousPolynomial;
import org.metricflow.numeric.manifold.ProjectiveHypersurface;
import org.metricflow.numeric.sample.PointGeometry;
import org.metricflow.numeric.sample.PointSample;

class ScalarCurvatureTest {

    /** The smooth conic z0² + z1² + z2² = 0 (≅ CP¹, FS area 2, R = π). */
    static ProjectiveHypersurface conic() {
        int[][] ex = {{2, 0, 0}, {0, 2, 0}, {0, 0, 2}};
        Complex[] c = {Complex.ONE, Complex.ONE, Complex.ONE};
        return new ProjectiveHypersurface(HomogeneousPolynomial.of(3, ex, c), "conic");
    }

    @Test
    void fubiniStudyOnAConicHasConstantCurvaturePi() {
        PointSample s = AlgebraicMetricTest.sample(conic(), 200, 5);
        CurvatureValues v = ScalarCurvature.values(AlgebraicMetric.multinomial(conic(), 1), s, 1);
        for (double r : v.scalar()) {
            assertThat(r).isCloseTo(Math.PI, org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    @Test
    void determinantAgreesWithThePullbackCode() {
        ProjectiveHypersurface q = ProjectiveHypersurface.fermatQuintic();
        MonomialBasis b = MonomialBasis.of(q, 2);
        AlgebraicMetric g = new AlgebraicMetric(q, b, AlgebraicMetricTest.randomPositive(b.size(), 7));
        PointSample s = AlgebraicMetricTest.sample(q, 300, 9);
        double[] expected = g.values(s, 1).det();
        double[] actual = ScalarCurvature.values(g, s, 2).det();
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual[i]).isCloseTo(expected[i], org.assertj.core.data.Percentage.withPercentage(1e-8));
        }
    }

    /**
     * R against central second differences of ln det g (computed by {@link PotentialPullback}, an independent code
     * path) along X, moving the local coordinates x_a and solving p = 0 for u_e by Newton's method. Error O(h²) of
     * the differences plus rounding ε·|ln det g|/h²: h = 1e-3 gives ~1e-5 relative.
     */
    @Test
    void scalarCurvatureMatchesFiniteDifferencesOfLnDetG() {
        for (ProjectiveHypersurface x : new ProjectiveHypersurface[] {ProjectiveHypersurface.fermatCubic(),
                ProjectiveHypersurface.fermatQuartic(), ProjectiveHypersurface.fermatQuintic()}) {
            MonomialBasis b = MonomialBasis.of(x, 2);
            AlgebraicMetric g = new AlgebraicMetric(x, b, AlgebraicMetricTest.randomPositive(b.size(), 11));
            PointSample s = AlgebraicMetricTest.sample(x, 6, 13);
            CurvatureValues v = ScalarCurvature.values(g, s, 1);
            for (int i = 0; i < 3; i++) {
                double fd = finiteDifferenceScalar(g, s, i, 1e-3);
                assertThat(v.scalar()[i]).as(x.name() + " point " + i)
                        .isCloseTo(fd, org.assertj.core.data.Offset.offset(2e-4 * (1 + Math.abs(fd))));
            }
        }
    }

    @Test
    void integralOfRVanishesOnTheCubicForAnyMetric() {
        ProjectiveHypersurface x = ProjectiveHypersurface.fermatCubic();
        MonomialBasis b = MonomialBasis.of(x, 2);
        AlgebraicMetric g = new AlgebraicMetric(x, b, AlgebraicMetricTest.randomPositive(b.size(), 3));
        PointSample s = AlgebraicMetricTest.sample(x, 20_000, 17);
        CurvatureEstimate e = ScalarCurvature.estimate(s, ScalarCurvature.values(g, s, 2));
        assertThat(e.meanAbs().value()).isGreaterThan(0.3);
        assertThat(Math.abs(e.mean().value())).isLessThan(4 * e.mean().standardError());
    }

    /**
     * R at sample point i from central second differences (step h) of ln det g, det g computed by
     * {@link PotentialMetric#values} (not the series code) at neighbouring points of X.
     */
    static double finiteDifferenceScalar(PotentialMetric g, PointSample s, int i, double h) {
        int d = s.dimension();
        int n1 = s.coordinates();
        PointGeometry geo = new PointGeometry(s.manifold());
        geo.load(s.points(), i * 2 * n1, s.chart(i));
        double[] u0 = new double[2 * n1];
        geo.affinePoint(u0, 0);
        double[] gm = new double[2 * d * d];
        lnDet(g, s, i, u0, new double[2 * d], gm);
        // ∂_p∂̄_q f = ¼ [(f_xx + f_yy) + i (f_xy − f_yx)] in x_p, x_q real/imaginary parts
        double[][] fx = new double[2 * d][2 * d];
        for (int a = 0; a < 2 * d; a++) {
            for (int c = 0; c < 2 * d; c++) {
                double[] step = new double[2 * d];
                double sum = 0;
                for (int sa = -1; sa <= 1; sa += 2) {
                    for (int sc = -1; sc <= 1; sc += 2) {
                        java.util.Arrays.fill(step, 0);
                        step[a] += sa * h;
                        step[c] += sc * h;
                        sum += sa * sc * lnDet(g, s, i, u0, step, null);
                    }
                }
                fx[a][c] = sum / (4 * h * h);
            }
        }
        ZMatrixRMaj gmat = new ZMatrixRMaj(d, d);
        System.arraycopy(gm, 0, gmat.data, 0, gm.length);
        ZMatrixRMaj inv = new ZMatrixRMaj(d, d);
        org.ejml.dense.row.CommonOps_ZDRM.invert(gmat, inv);
        double r = 0;
        for (int p = 0; p < d; p++) {
            for (int q = 0; q < d; q++) {
                double re = (fx[p][q] + fx[d + p][d + q]) / 4;
                double im = (fx[p][d + q] - fx[d + p][q]) / 4;
                double wr = inv.getReal(q, p);
                double wi = inv.getImag(q, p);
                r -= wr * re - wi * im;
            }
        }
        return r;
    }

    /** ln det g at the point of X with local coordinates x + step (real parts, then imaginary parts). */
    private static double lnDet(PotentialMetric g, PointSample s, int i, double[] u0, double[] step,
            double[] metric) {
        int d = s.dimension();
        int n1 = s.coordinates();
        PointGeometry geo = new PointGeometry(s.manifold());
        geo.load(u0, 0, s.chart(i));
        double[] u = u0.clone();
        for (int a = 0; a < d; a++) {
            int l = geo.localCoordinate(a);
            u[l] += step[a];
            u[n1 + l] += step[d + a];
        }
        int e = geo.eliminated();
        var eval = s.manifold().polynomial().evaluator();
        double[] re = new double[n1];
        double[] im = new double[n1];
        for (int it = 0; it < 50; it++) {
            System.arraycopy(u, 0, re, 0, n1);
            System.arraycopy(u, n1, im, 0, n1);
            eval.evaluate(re, im, 0);
            Complex f = new Complex(eval.valueRe(), eval.valueIm());
            Complex df = new Complex(eval.gradRe(e), eval.gradIm(e));
            Complex delta = f.divide(df);
            u[e] -= delta.getReal();
            u[n1 + e] -= delta.getImaginary();
            if (delta.norm() < 1e-16) {
                break;
            }
        }
        assertThat(geo.load(u, 0, s.chart(i))).isTrue();
        double[] uu = new double[2 * n1];
        geo.affinePoint(uu, 0);
        PointSample one = new PointSample(s.manifold(), uu, new double[] {1}, new double[] {1, 0},
                new int[] {s.patch()[i]}, new int[] {s.eliminated()[i]}, new double[2 * d * d], new int[] {0},
                s.rejections());
        MetricValues v = g.values(one, 1);
        if (metric != null) {
            System.arraycopy(v.metric(), 0, metric, 0, metric.length);
        }
        return Math.log(v.det()[0]);
    }
}
