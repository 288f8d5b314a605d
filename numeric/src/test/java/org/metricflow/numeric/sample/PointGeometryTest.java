package org.metricflow.numeric.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.ejml.data.Complex_F64;
import org.ejml.data.ZMatrixRMaj;
import org.ejml.dense.row.CommonOps_ZDRM;
import org.hipparchus.complex.Complex;
import org.junit.jupiter.api.Test;
import org.metricflow.numeric.manifold.Chart;
import org.metricflow.numeric.manifold.ProjectiveHypersurface;
import org.metricflow.numeric.metric.ChartTransform;
import org.metricflow.numeric.metric.HermitianDeterminant;
import org.metricflow.numeric.sampling.LineIntersectionSampler;
import org.metricflow.numeric.sampling.SamplerOptions;

class PointGeometryTest {

    private static PointSample quintic(int n) {
        return new LineIntersectionSampler(ProjectiveHypersurface.fermatQuintic(), SamplerOptions.defaults()
                .withSeed(11).withThreads(1)).sample(n);
    }

    /** g = J G J^H with the ambient FS metric G formed explicitly (EJML products) — the peer's einsum. */
    @Test
    void metricEqualsExplicitPullbackOfAmbientFubiniStudy() {
        PointSample s = quintic(200);
        PointGeometry geo = new PointGeometry(s.manifold());
        HermitianDeterminant det = new HermitianDeterminant(3);
        double[] g = new double[18];
        for (int k = 0; k < s.size(); k++) {
            geo.load(s.points(), k * 10);
            ZMatrixRMaj jac = new ZMatrixRMaj(3, 5);
            for (int a = 0; a < 3; a++) {
                jac.set(a, geo.localCoordinate(a), 1, 0);
                jac.set(a, geo.eliminated(), geo.pullbackRe(a), geo.pullbackIm(a));
            }
            ZMatrixRMaj amb = new ZMatrixRMaj(5, 5);
            double n2 = geo.norm2();
            for (int i = 0; i < 5; i++) {
                for (int j = 0; j < 5; j++) {
                    // (δ_ij/|u|² − conj(u_i) u_j/|u|⁴)/π
                    Complex ui = new Complex(geo.uRe(i), -geo.uIm(i));
                    Complex uj = new Complex(geo.uRe(j), geo.uIm(j));
                    Complex v = ui.multiply(uj).divide(-n2 * n2).add(i == j ? 1 / n2 : 0).divide(Math.PI);
                    amb.set(i, j, v.getReal(), v.getImaginary());
                }
            }
            ZMatrixRMaj tmp = new ZMatrixRMaj(3, 5);
            ZMatrixRMaj jh = CommonOps_ZDRM.transposeConjugate(jac, null);
            ZMatrixRMaj ref = new ZMatrixRMaj(3, 3);
            CommonOps_ZDRM.mult(jac, amb, tmp);
            CommonOps_ZDRM.mult(tmp, jh, ref);
            geo.metric(g, 0);
            for (int i = 0; i < 18; i++) {
                assertThat(g[i]).isCloseTo(ref.data[i], within(1e-14));
            }
            Complex_F64 d = CommonOps_ZDRM.det(ref);
            assertThat(det.det(g, 0)).isCloseTo(d.real, within(1e-12 * Math.abs(d.real)));
            assertThat(geo.det()).isCloseTo(d.real, within(1e-12 * d.real));
            assertThat(Math.abs(geo.residual())).isLessThan(1e-12);
        }
    }

    /**
     * Fermat cubic, chart z = 1 with x local and y eliminated: g = ∂_x∂̄_x K, K = ln(1 + |x|² + |y(x)|²)/π, by a
     * finite-difference Laplacian g = ΔK/4 (independent of the pullback formula).
     */
    @Test
    void cubicMetricEqualsLaplacianOfKahlerPotential() {
        ProjectiveHypersurface cubic = ProjectiveHypersurface.fermatCubic();
        PointGeometry geo = new PointGeometry(cubic);
        double[] g = new double[2];
        for (double[] xy : new double[][] {{0.3, 0.2}, {-0.5, 0.4}, {0.1, -0.7}}) {
            Complex x = new Complex(xy[0], xy[1]);
            Complex y = branch(x, null);
            double[] z = {x.getReal(), y.getReal(), 1, x.getImaginary(), y.getImaginary(), 0};
            geo.load(z, 0, new Chart(2, 1));
            geo.metric(g, 0);
            double h = 1e-3;
            double lap = (potential(x.add(h), y) + potential(x.subtract(h), y) + potential(x.add(new Complex(0, h)), y)
                    + potential(x.subtract(new Complex(0, h)), y) - 4 * potential(x, y)) / (h * h);
            assertThat(g[0]).isCloseTo(lap / 4, within(1e-6));
            assertThat(g[1]).isZero();
        }
    }

    /** The root y of y³ = −1 − x³ nearest to {@code near} (principal branch when near is null). */
    private static Complex branch(Complex x, Complex near) {
        Complex c = x.pow(3).add(1).negate();
        Complex best = null;
        for (int k = 0; k < 3; k++) {
            Complex r = c.nthRoot(3).get(k);
            if (best == null || (near != null && r.subtract(near).norm() < best.subtract(near).norm())) {
                best = r;
            }
        }
        return best;
    }

    private static double potential(Complex x, Complex yNear) {
        Complex y = branch(x, yNear);
        return Math.log(1 + x.norm() * x.norm() + y.norm() * y.norm()) / Math.PI;
    }

    private static final double EPS = Math.ulp(1.0);

    /**
     * Ω and g in all 20 charts of the quintic agree through the Jacobian, f_own = f_target det T and
     * g_own = T g_target T^H: Ω (with its sign) and w to 1e-8 everywhere; g to 1e-8 (relative to det^{1/3}) where
     * cond(T) ≤ 1000 and within 100ε·cond(T)² in every chart.
     */
    @Test
    void omegaAndMetricAreChartIndependent() {
        PointSample s = quintic(100);
        PointGeometry own = new PointGeometry(s.manifold());
        PointGeometry other = new PointGeometry(s.manifold());
        ChartTransform tr = new ChartTransform(3);
        double[] jac = new double[18];
        double[] gOwn = new double[18];
        double[] gOther = new double[18];
        double[] back = new double[18];
        double worst = 0;
        for (int k = 0; k < s.size(); k++) {
            own.load(s.points(), k * 10, s.chart(k));
            own.metric(gOwn, 0);
            for (int p = 0; p < 5; p++) {
                for (int e = 0; e < 5; e++) {
                    if (p == e) {
                        continue;
                    }
                    Chart c = new Chart(p, e);
                    assertThat(tr.jacobian(own, c, jac, 0)).isTrue();
                    assertThat(other.load(s.points(), k * 10, c)).as("point %d chart %s det %s w %s", k, c, other.det(), other.weight()).isTrue();
                    other.metric(gOther, 0);
                    tr.toOwn(jac, 0, gOther, 0, back, 0);
                    double eg = 0;
                    for (int i = 0; i < 18; i++) {
                        eg = Math.max(eg, Math.abs(back[i] - gOwn[i]) / Math.cbrt(own.det()));
                    }
                    double cond = tr.conditionNumber(jac, 0);
                    // g in a chart is only as accurate as the chart's conditioning allows: ε·cond(T)²
                    assertThat(eg).as("point %d %s cond %s", k, c, cond).isLessThan(100 * EPS * cond * cond);
                    if (cond <= 1e3) {
                        worst = Math.max(worst, eg);
                    }
                    double ef = tr.omegaMismatch(own, other, jac, 0);
                    double ew = Math.abs(other.weight() / own.weight() - 1);
                    worst = Math.max(worst, Math.max(ef, ew));
                }
            }
        }
        assertThat(worst).isLessThan(1e-8);
    }
}
