package org.metricflow.verification.analytic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.metricflow.numeric.manifold.FermatClosedForms;
import org.metricflow.numeric.manifold.ProjectiveHypersurface;
import org.metricflow.numeric.metric.MongeAmpere;
import org.metricflow.numeric.metric.MongeAmpereEstimate;
import org.metricflow.numeric.sampling.LineIntersectionSampler;
import org.metricflow.numeric.sampling.SamplerOptions;

class FermatCubicQuadratureTest {

    /**
     * Quadrature reproduces the closed form of Vol_Ω (complex Beta integral) and Vol_FS = deg = 3 (intersection
     * theory), and its σ agrees with the Monte Carlo estimate of 200,000 sampled points within 4 standard errors.
     */
    @Test
    void quadratureAgreesWithClosedFormsAndMonteCarlo() {
        FermatCubicQuadrature.Result q = FermatCubicQuadrature.compute();
        assertThat(q.volumeOmega()).isCloseTo(FermatClosedForms.volumeOmega(3), within(1e-8));
        assertThat(q.volumeFs()).isCloseTo(3.0, within(1e-8));
        MongeAmpereEstimate mc = MongeAmpere.fubiniStudy(new LineIntersectionSampler(
                ProjectiveHypersurface.fermatCubic(), SamplerOptions.defaults().withSeed(77)).sample(200_000));
        assertThat(mc.sigma().pull(q.sigma())).as("MC %s vs quadrature %s", mc.sigma(), q.sigma()).isLessThan(4);
        assertThat(q.sigma()).isBetween(0.09, 0.105);
    }
}
