package org.metricflow.numeric.kahler;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.ejml.data.ZMatrixRMaj;
import org.ejml.dense.row.CommonOps_ZDRM;
import org.junit.jupiter.api.Test;
import org.metricflow.numeric.manifold.Chart;
import org.metricflow.numeric.manifold.ProjectiveHypersurface;
import org.metricflow.numeric.metric.ChartTransform;
import org.metricflow.numeric.sample.PointGeometry;
import org.metricflow.numeric.sampling.LineIntersectionSampler;
import org.metricflow.numeric.sample.PointSample;
import org.metricflow.numeric.sampling.SamplerOptions;

class AlgebraicMetricTest {

    static PointSample sample(ProjectiveHypersurface x, int n, long seed) {
        return new LineIntersectionSampler(x, SamplerOptions.defaults().withSeed(seed).withThreads(1)).sample(n);
    }

    /** H = A^H A + I for a seeded random complex A. */
    static ZMatrixRMaj randomPositive(int n, long seed) {
        Random r = new Random(seed);
        ZMatrixRMaj a = new ZMatrixRMaj(n, n);
        for (int i = 0; i < a.data.length; i++) {
            a.data[i] = 0.5 * r.nextGaussian();
        }
        ZMatrixRMaj h = new ZMatrixRMaj(n, n);
        CommonOps_ZDRM.multTransA(a, a, h);
        for (int i = 0; i < n; i++) {
            h.set(i, i, h.getReal(i, i) + 1, 0);
        }
        return h;
    }

    @Test
    void degreeOneWithIdentityIsTheRestrictedFubiniStudyMetric() {
        for (ProjectiveHypersurface x : new ProjectiveHypersurface[] {ProjectiveHypersurface.fermatCubic(),
                ProjectiveHypersurface.fermatQuartic(), ProjectiveHypersurface.fermatQuintic()}) {
            PointSample s = sample(x, 300, 3);
            MetricValues v = AlgebraicMetric.multinomial(x, 1).values(s, 1);
            double[] fs = s.fsMetric();
            double worst = 0;
            for (int i = 0; i < fs.length; i++) {
                worst = Math.max(worst, Math.abs(v.metric()[i] - fs[i]));
            }
            assertThat(worst).as(x.name()).isLessThan(1e-12);
        }
    }

    @Test
    void basisSizeIsTheHilbertFunctionOfTheQuintic() {
        ProjectiveHypersurface q = ProjectiveHypersurface.fermatQuintic();
        // C(4+k, k) − C(k−1, k−5): 5, 15, 35, 70, 125, 205
        int[] expected = {5, 15, 35, 70, 125, 205};
        for (int k = 1; k <= 6; k++) {
            assertThat(MonomialBasis.of(q, k).size()).isEqualTo(expected[k - 1]);
        }
    }

    /** g at one point, computed in the given chart. */
    private static double[] metricIn(AlgebraicMetric g, PointSample s, int i, Chart chart, PointGeometry geo) {
        int n1 = s.coordinates();
        assertThat(geo.load(s.points(), i * 2 * n1, chart)).isTrue();
        double[] u = new double[2 * n1];
        geo.affinePoint(u, 0);
        SectionJets jets = new SectionJets(g.basis(), 1);
        jets.load(u, 2 * n1, 0, 1);
        double[] m = new double[2 * jets.slots() * jets.slots()];
        jets.gram(g.factorTransposed(), m);
        PotentialPullback pull = new PotentialPullback(s.dimension(), g.k());
        assertThat(pull.load(m, 0, geo)).isTrue();
        double[] out = new double[2 * s.dimension() * s.dimension()];
        pull.metric(out, 0);
        return out;
    }

    @Test
    void metricIsChartIndependent() {
        ProjectiveHypersurface x = ProjectiveHypersurface.fermatQuintic();
        PointSample s = sample(x, 40, 5);
        MonomialBasis basis = MonomialBasis.of(x, 2);
        AlgebraicMetric g = new AlgebraicMetric(x, basis, randomPositive(basis.size(), 1));
        int d = s.dimension();
        PointGeometry own = new PointGeometry(x);
        PointGeometry other = new PointGeometry(x);
        ChartTransform tr = new ChartTransform(d);
        double worst = 0;
        for (int i = 0; i < s.size(); i++) {
            Chart c = s.chart(i);
            Chart target = new Chart((c.patch() + 1) % 5, (c.patch() + 3) % 5);
            double[] gOwn = metricIn(g, s, i, c, own);
            double[] gTarget = metricIn(g, s, i, target, other);
            own.load(s.points(), i * 10, c);
            double[] jac = new double[2 * d * d];
            assertThat(tr.jacobian(own, target, jac, 0)).isTrue();
            double[] back = new double[2 * d * d];
            tr.toOwn(jac, 0, gTarget, 0, back, 0);
            double scale = 0;
            double diff = 0;
            for (int t = 0; t < back.length; t++) {
                scale = Math.max(scale, Math.abs(gOwn[t]));
                diff = Math.max(diff, Math.abs(back[t] - gOwn[t]));
            }
            // rounding of the target chart grows with the square of its Jacobian's condition number
            double cond = tr.conditionNumber(jac, 0);
            worst = Math.max(worst, diff / scale / (cond * cond));
        }
        assertThat(worst).isLessThan(1e-13);
    }

    @Test
    void gradientOfLogDetMatchesCentralDifferences() {
        ProjectiveHypersurface x = ProjectiveHypersurface.fermatQuintic();
        PointSample s = sample(x, 5, 9);
        MonomialBasis basis = MonomialBasis.of(x, 2);
        int n = basis.size();
        ZMatrixRMaj h = randomPositive(n, 2);
        ZMatrixRMaj e = randomPositive(n, 3);   // a Hermitian direction
        int d = s.dimension();
        int n1 = s.coordinates();
        for (int i = 0; i < s.size(); i++) {
            PointGeometry geo = new PointGeometry(x);
            geo.load(s.points(), i * 2 * n1, s.chart(i));
            SectionJets jets = new SectionJets(basis, 1);
            jets.load(s, i, i + 1);
            int slots = jets.slots();
            double[] m = new double[2 * slots * slots];
            jets.gram(AlgebraicMetric.factorTransposed(h), m);
            PotentialPullback pull = new PotentialPullback(d, 2);
            pull.load(m, 0, geo);
            double[] c = new double[2 * slots * slots];
            pull.gradient(m, 0, c, 0);
            // dM_ab = D_a^† E D_b from the jet rows (row a holds D_a^T)
            ZMatrixRMaj dt = jets.jets();
            double analytic = 0;
            for (int a = 0; a < slots; a++) {
                for (int b = 0; b < slots; b++) {
                    double re = 0;
                    double im = 0;
                    for (int al = 0; al < n; al++) {
                        for (int be = 0; be < n; be++) {
                            double xr = dt.getReal(a, al);
                            double xi = -dt.getImag(a, al);
                            double er = e.getReal(al, be);
                            double ei = e.getImag(al, be);
                            double yr = dt.getReal(b, be);
                            double yi = dt.getImag(b, be);
                            double tr = xr * er - xi * ei;
                            double ti = xr * ei + xi * er;
                            re += tr * yr - ti * yi;
                            im += tr * yi + ti * yr;
                        }
                    }
                    int at = 2 * (a * slots + b);
                    analytic += c[at] * re - c[at + 1] * im;
                }
            }
            double eps = 1e-5;
            double numeric = (logDet(x, basis, plus(h, e, eps), s, i) - logDet(x, basis, plus(h, e, -eps), s, i))
                    / (2 * eps);
            assertThat(analytic).isCloseTo(numeric, org.assertj.core.data.Offset.offset(1e-6 * Math.max(1,
                    Math.abs(numeric))));
        }
    }

    private static ZMatrixRMaj plus(ZMatrixRMaj h, ZMatrixRMaj e, double t) {
        ZMatrixRMaj out = h.copy();
        for (int i = 0; i < out.data.length; i++) {
            out.data[i] += t * e.data[i];
        }
        return out;
    }

    private static double logDet(ProjectiveHypersurface x, MonomialBasis basis, ZMatrixRMaj h, PointSample s, int i) {
        PointSample one = s.select(new int[] {i});
        return Math.log(new AlgebraicMetric(x, basis, h).values(one, 1).det()[0]);
    }
}
