package org.metricflow.numeric.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.hipparchus.stat.descriptive.StreamingStatistics;
import org.junit.jupiter.api.Test;
import org.metricflow.numeric.manifold.FermatClosedForms;
import org.metricflow.numeric.manifold.ProjectiveHypersurface;
import org.metricflow.numeric.sampling.LineIntersectionSampler;
import org.metricflow.numeric.sample.PointSample;
import org.metricflow.numeric.sampling.SamplerOptions;

class MongeAmpereTest {

    @Test
    void metricWithConstantEtaHasZeroSigmaAndItsOwnKappa() {
        PointSample s = sample(ProjectiveHypersurface.fermatQuintic(), 2000, 3);
        double[] det = new double[s.size()];
        for (int k = 0; k < det.length; k++) {
            det[k] = 2.5 * s.omegaAbs2(k);
        }
        MongeAmpereEstimate e = MongeAmpere.of(s, det);
        assertThat(e.sigma().value()).isCloseTo(0, within(1e-14));
        assertThat(e.kappa().value()).isCloseTo(2.5, within(1e-12));
        assertThat(e.volumeMetric().value()).isCloseTo(2.5 * e.volumeOmega().value(), within(1e-9));
        MongeAmpereEstimate fs = MongeAmpere.fubiniStudy(s);
        assertThat(fs.volumeMetric().value()).isCloseTo(5.0 / 6.0, within(1e-12));
        assertThat(fs.kappa().value()).isCloseTo(s.kappa(), within(1e-12));
    }

    /**
     * Monte Carlo against the closed forms: Vol_Ω within 4 standard errors for the cubic (N = 200,000), K3
     * (100,000) and quintic (100,000); the quintic's FS σ-loss in the literature range 0.37–0.38.
     */
    @Test
    void omegaVolumesMatchClosedFormsWithinErrorBars() {
        int[][] cases = {{3, 200_000}, {4, 100_000}, {5, 100_000}};
        for (int[] c : cases) {
            MongeAmpereEstimate e = MongeAmpere.fubiniStudy(sample(ProjectiveHypersurface.fermat(c[0]), c[1], 5));
            double exact = FermatClosedForms.volumeOmega(c[0]);
            assertThat(e.volumeOmega().pull(exact)).as("k=%d %s vs %s", c[0], e.volumeOmega(), exact).isLessThan(4);
            assertThat(e.volumeOmega().standardError()).isLessThan(0.01 * exact);
            if (c[0] == 5) {
                assertThat(e.sigma().value()).isBetween(0.37, 0.38);
                assertThat(e.sigma().standardError()).isLessThan(0.002);
            }
        }
    }

    /** The reported standard errors agree with the spread over 40 independent seeds (N = 3,000 on the cubic). */
    @Test
    void standardErrorsMatchSpreadOverSeeds() {
        StreamingStatistics vol = new StreamingStatistics();
        StreamingStatistics sig = new StreamingStatistics();
        StreamingStatistics volSe = new StreamingStatistics();
        StreamingStatistics sigSe = new StreamingStatistics();
        for (int seed = 0; seed < 40; seed++) {
            MongeAmpereEstimate e = MongeAmpere.fubiniStudy(sample(ProjectiveHypersurface.fermatCubic(), 3000,
                    100 + seed));
            vol.addValue(e.volumeOmega().value());
            sig.addValue(e.sigma().value());
            volSe.addValue(e.volumeOmega().standardError());
            sigSe.addValue(e.sigma().standardError());
        }
        // the sample standard deviation of 40 values has relative uncertainty ≈ 1/√80 ≈ 11%: allow 35%
        assertThat(vol.getStandardDeviation() / volSe.getMean()).isBetween(0.65, 1.35);
        assertThat(sig.getStandardDeviation() / sigSe.getMean()).isBetween(0.65, 1.35);
    }

    @Test
    void rejectsInconsistentInput() {
        assertThatThrownBy(() -> MongeAmpere.estimate(1, new double[2], new double[1], new double[2], new int[2]))
                .hasMessageContaining("equal length");
        assertThatThrownBy(() -> MongeAmpere.estimate(1, new double[] {1}, new double[] {-1}, new double[] {1},
                new int[] {0})).hasMessageContaining("finite and > 0");
    }

    private static PointSample sample(ProjectiveHypersurface x, int n, long seed) {
        return new LineIntersectionSampler(x, SamplerOptions.defaults().withSeed(seed)).sample(n);
    }
}
