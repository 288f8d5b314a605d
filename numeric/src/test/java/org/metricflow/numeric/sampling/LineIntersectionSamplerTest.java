package org.metricflow.numeric.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.hipparchus.complex.Complex;
import org.junit.jupiter.api.Test;
import org.metricflow.numeric.manifold.Chart;
import org.metricflow.numeric.manifold.HomogeneousPolynomial;
import org.metricflow.numeric.manifold.PolynomialEvaluator;
import org.metricflow.numeric.manifold.ProjectiveHypersurface;
import org.metricflow.numeric.sample.PointSample;

class LineIntersectionSamplerTest {

    private static PointSample sample(ProjectiveHypersurface x, int n, SamplerOptions o) {
        return new LineIntersectionSampler(x, o).sample(n);
    }

    /** Every point satisfies |p(z)| ≤ 1e-10 |z|^deg; weights finite and positive; no candidate rejected (Fermat). */
    @Test
    void everyPointLiesOnTheHypersurface() {
        for (ProjectiveHypersurface x : new ProjectiveHypersurface[] {ProjectiveHypersurface.fermatCubic(),
                ProjectiveHypersurface.fermatQuartic(), ProjectiveHypersurface.fermatQuintic(),
                ProjectiveHypersurface.dwork(new Complex(0.7, 0.3))}) {
            PointSample s = sample(x, 20_000, SamplerOptions.defaults().withSeed(3));
            int n1 = x.coordinates();
            PolynomialEvaluator ev = x.polynomial().evaluator();
            double[] re = new double[n1];
            double[] im = new double[n1];
            double worst = 0;
            for (int k = 0; k < s.size(); k++) {
                double norm2 = 0;
                for (int i = 0; i < n1; i++) {
                    re[i] = s.points()[k * 2 * n1 + i];
                    im[i] = s.points()[k * 2 * n1 + n1 + i];
                    norm2 += re[i] * re[i] + im[i] * im[i];
                }
                assertThat(re[s.patch()[k]]).isEqualTo(1.0);
                assertThat(im[s.patch()[k]]).isEqualTo(0.0);
                ev.evaluate(re, im, 0);
                worst = Math.max(worst, Math.hypot(ev.valueRe(), ev.valueIm()) / Math.pow(norm2, x.degree() / 2.0));
                assertThat(s.weights()[k]).isPositive().isFinite();
            }
            assertThat(worst).as(x.name()).isLessThan(1e-10);
            assertThat(s.rejections().total()).as(x.name()).isLessThan(s.rejections().roots() / 1000 + 1);
        }
    }

    @Test
    void sameSeedSameSampleForAnyThreadCountAndPrefixProperty() {
        ProjectiveHypersurface x = ProjectiveHypersurface.fermatQuintic();
        SamplerOptions o = SamplerOptions.defaults().withSeed(42).withLinesPerChunk(64);
        PointSample one = sample(x, 3000, o.withThreads(1));
        PointSample two = sample(x, 3000, o.withThreads(2));
        PointSample head = sample(x, 700, o.withThreads(2));
        assertThat(two.points()).containsExactly(one.points());
        assertThat(two.weights()).containsExactly(one.weights());
        assertThat(two.line()).containsExactly(one.line());
        assertThat(head.points()).containsExactly(java.util.Arrays.copyOf(one.points(), 700 * 10));
        PointSample other = sample(x, 3000, o.withSeed(43).withThreads(2));
        assertThat(other.points()[0]).isNotEqualTo(one.points()[0]);
    }

    @Test
    void repeatedFactorIsRejectedAsSingular() {
        // z0² z1 = 0: the double component z0 = 0 is singular (∇p = 0 there), the component z1 = 0 is smooth
        ProjectiveHypersurface x = new ProjectiveHypersurface(
                HomogeneousPolynomial.parse("z0^2*z1", 3, Map.of()), "double line");
        assertThatThrownBy(() -> sample(x, 1000, SamplerOptions.defaults().withSeed(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("singular on its sample")
                .hasMessageContaining("repeated factor");
    }

    @Test
    void badInputIsNamed() {
        LineIntersectionSampler s = new LineIntersectionSampler(ProjectiveHypersurface.fermatCubic(),
                SamplerOptions.defaults());
        assertThatThrownBy(() -> s.sample(0)).hasMessageContaining("number of points must be >= 1, got 0");
        assertThatThrownBy(() -> SamplerOptions.defaults().withThreads(0)).hasMessageContaining("threads");
    }

    /**
     * The paper's single-patch rejection keeps ≈ 1/20 of the quintic's points (20 equivalent charts by symmetry),
     * all in the requested chart.
     */
    @Test
    void singlePatchRejectionKeepsOneTwentieth() {
        PointSample s = sample(ProjectiveHypersurface.fermatQuintic(), 40_000, SamplerOptions.defaults().withSeed(5));
        PointSample kept = SinglePatchRejection.restrict(s, new Chart(0, 4));
        // binomial: mean 2000, sd ≈ 44; lines correlate points, allow ±300
        assertThat(kept.size()).isBetween(1700, 2300);
        for (int k = 0; k < kept.size(); k++) {
            assertThat(kept.chart(k)).isEqualTo(new Chart(0, 4));
        }
    }
}
