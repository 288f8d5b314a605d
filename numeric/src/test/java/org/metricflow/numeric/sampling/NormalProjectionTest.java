package org.metricflow.numeric.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.hipparchus.random.Well19937c;
import org.junit.jupiter.api.Test;
import org.metricflow.numeric.manifold.FubiniStudy;
import org.metricflow.numeric.manifold.PolynomialEvaluator;
import org.metricflow.numeric.manifold.ProjectiveHypersurface;
import org.metricflow.numeric.sample.PointGeometry;
import org.metricflow.numeric.sample.PointSample;

class NormalProjectionTest {

    private static final ProjectiveHypersurface X = ProjectiveHypersurface.fermatQuintic();
    private static final int N1 = 5;

    /**
     * 400 quintic points noised by ε = 1e-4 per real coordinate and projected: every projection lies on X to 1e-12
     * (relative residual), and its FS distance to the original point equals the first-order prediction ε|P_T ξ|/|u|,
     * P_T the projection onto the complement of u and the normal conj(∇p) (the tangent of X), to 1%.
     */
    @Test
    void projectionLiesOnXAndRemovesTheNormalComponent() {
        PointSample s = new LineIntersectionSampler(X, SamplerOptions.defaults().withSeed(5)).sample(400);
        NormalProjection proj = new NormalProjection(X);
        PointGeometry geo = new PointGeometry(X);
        PolynomialEvaluator ev = X.polynomial().evaluator();
        Well19937c rng = new Well19937c(9);
        double eps = 1e-4;
        double[] y = new double[2 * N1];
        double[] z = new double[2 * N1];
        double[] re = new double[N1];
        double[] im = new double[N1];
        double worstResidual = 0;
        double worstRatio = 0;
        for (int k = 0; k < s.size(); k++) {
            double[] xi = new double[2 * N1];
            for (int i = 0; i < 2 * N1; i++) {
                xi[i] = rng.nextGaussian();
                y[i] = s.points()[k * 2 * N1 + i] + eps * xi[i];
            }
            assertThat(proj.project(y, 0, z, 0)).isTrue();
            geo.load(z, 0);
            worstResidual = Math.max(worstResidual, geo.residual());
            for (int i = 0; i < N1; i++) {
                re[i] = s.points()[k * 2 * N1 + i];
                im[i] = s.points()[k * 2 * N1 + N1 + i];
            }
            ev.evaluate(re, im, 0);
            double tangent = tangentNorm(re, im, ev, xi);
            double u = 0;
            for (int i = 0; i < N1; i++) {
                u += re[i] * re[i] + im[i] * im[i];
            }
            double expected = eps * tangent / Math.sqrt(u);
            double d = FubiniStudy.distance(z, 0, s.points(), k * 2 * N1, N1);
            worstRatio = Math.max(worstRatio, Math.abs(d / expected - 1));
        }
        assertThat(worstResidual).isLessThan(1e-12);
        assertThat(worstRatio).isLessThan(1e-2);
    }

    /** A point of X projects to itself (FS distance below 1e-7, the resolution of eq. 3.2 at rounding level). */
    @Test
    void pointsOfXAreFixed() {
        PointSample s = new LineIntersectionSampler(X, SamplerOptions.defaults().withSeed(6)).sample(50);
        NormalProjection proj = new NormalProjection(X);
        double[] z = new double[2 * N1];
        for (int k = 0; k < s.size(); k++) {
            assertThat(proj.project(s.points(), k * 2 * N1, z, 0)).isTrue();
            assertThat(FubiniStudy.distance(z, 0, s.points(), k * 2 * N1, N1)).isCloseTo(0, within(1e-7));
        }
    }

    @Test
    void zeroVectorIsRejected() {
        assertThat(new NormalProjection(X).project(new double[2 * N1], 0, new double[2 * N1], 0)).isFalse();
    }

    /** |ξ − ⟨û, ξ⟩û − ⟨n̂, ξ⟩n̂| with n̂ = conj(∇p)/|∇p| (⟨a, b⟩ = Σ conj(a_i) b_i; n̂ ⊥ u on X by Euler). */
    private static double tangentNorm(double[] re, double[] im, PolynomialEvaluator ev, double[] xi) {
        double[] ar = new double[N1];
        double[] ai = new double[N1];
        double[] br = new double[N1];
        double[] bi = new double[N1];
        double nu = 0;
        double ng = 0;
        for (int i = 0; i < N1; i++) {
            nu += re[i] * re[i] + im[i] * im[i];
            ng += ev.gradRe(i) * ev.gradRe(i) + ev.gradIm(i) * ev.gradIm(i);
        }
        for (int i = 0; i < N1; i++) {
            ar[i] = re[i] / Math.sqrt(nu);
            ai[i] = im[i] / Math.sqrt(nu);
            br[i] = ev.gradRe(i) / Math.sqrt(ng);
            bi[i] = -ev.gradIm(i) / Math.sqrt(ng);
        }
        double[] v = xi.clone();
        for (double[][] e : new double[][][] {{ar, ai}, {br, bi}}) {
            double cr = 0;
            double ci = 0;
            for (int i = 0; i < N1; i++) {   // c = <e, v> = Σ conj(e_i) v_i
                cr += e[0][i] * v[i] + e[1][i] * v[N1 + i];
                ci += e[0][i] * v[N1 + i] - e[1][i] * v[i];
            }
            for (int i = 0; i < N1; i++) {   // v -= c e
                v[i] -= cr * e[0][i] - ci * e[1][i];
                v[N1 + i] -= cr * e[1][i] + ci * e[0][i];
            }
        }
        double n = 0;
        for (double x : v) {
            n += x * x;
        }
        return Math.sqrt(n);
    }
}
