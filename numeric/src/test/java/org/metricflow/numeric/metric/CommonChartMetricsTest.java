package org.metricflow.numeric.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.metricflow.numeric.manifold.Chart;
import org.metricflow.numeric.manifold.ProjectiveHypersurface;
import org.metricflow.numeric.sampling.LineIntersectionSampler;
import org.metricflow.numeric.sample.PointSample;
import org.metricflow.numeric.sampling.SamplerOptions;

class CommonChartMetricsTest {

    private static PointSample quintic() {
        return new LineIntersectionSampler(ProjectiveHypersurface.fermatQuintic(), SamplerOptions.defaults()
                .withSeed(17)).sample(2000);
    }

    /**
     * In the common chart, g = T^{-1} g_own T^{-H} (computed by EJML from the stored metric) agrees with g computed
     * directly in that chart where cond(T) ≤ 100, and |f|²/det g (the weight) is the stored weight everywhere.
     */
    @Test
    void commonChartMetricIsTheTransformedOwnMetric() {
        PointSample s = quintic();
        CommonChartMetrics c = CommonChartMetrics.of(s, new Chart(0, 4), 2);
        ChartTransform tr = new ChartTransform(3);
        HermitianDeterminant hd = new HermitianDeterminant(3);
        double[] g = new double[18];
        int compared = 0;
        for (int k = 0; k < s.size(); k++) {
            assertThat(c.conditioning()[k]).isGreaterThanOrEqualTo(3 - 1e-9);
            double f2 = c.omega()[2 * k] * c.omega()[2 * k] + c.omega()[2 * k + 1] * c.omega()[2 * k + 1];
            if (c.conditioning()[k] > 100) {
                continue;
            }
            assertThat(tr.toTarget(c.jacobian(), k * 18, s.fsMetric(), k * 18, g, 0)).isTrue();
            double scale = Math.cbrt(hd.det(g, 0));
            for (int i = 0; i < 18; i++) {
                assertThat(c.metric()[k * 18 + i]).isCloseTo(g[i], within(1e-9 * scale));
            }
            assertThat(f2 / hd.det(c.metric(), k * 18) / s.weights()[k]).isCloseTo(1, within(1e-8));
            compared++;
        }
        assertThat(compared).isGreaterThan(s.size() / 3);
    }

    /** Recomputing the geometry from the stored points reproduces the sample's det and |Ω|². */
    @Test
    void batchPullbackReproducesTheSample() {
        PointSample s = quintic();
        double[] det = new double[s.size()];
        double[] om2 = new double[s.size()];
        double[] metric = new double[s.size() * 18];
        FubiniStudyPullback.compute(s.manifold(), s.points(), 2, det, om2, metric);
        assertThat(metric).containsExactly(s.fsMetric());
        for (int k = 0; k < s.size(); k++) {
            assertThat(om2[k] / det[k]).isCloseTo(s.weights()[k], within(1e-12 * s.weights()[k]));
        }
        MongeAmpereEstimate a = MongeAmpere.estimate(5.0 / 6, s.weights(), det, om2, s.line());
        assertThat(a.sigma().value()).isCloseTo(MongeAmpere.fubiniStudy(s).sigma().value(), within(1e-12));
    }
}
