package org.metricflow.numeric.manifold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.hipparchus.special.Beta;
import org.junit.jupiter.api.Test;

class FermatClosedFormsTest {

    /**
     * Cubic: the period lattice of Ω = dx/(3y²) is 3I·Z[ζ] with I = B(1/3,1/3)/9 (hexagonal, area |3I|²·√3/2); the
     * complex-Dirichlet route gives (π/9)(Γ(1/3)/Γ(2/3))³. Two derivations, one number.
     */
    @Test
    void cubicVolumeEqualsAreaOfPeriodLattice() {
        double beta = Math.exp(Beta.logBeta(1.0 / 3, 1.0 / 3));
        double lattice = Math.sqrt(3) / 18 * beta * beta;
        assertThat(FermatClosedForms.volumeOmega(3)).isCloseTo(lattice, within(1e-13));
        assertThat(FermatClosedForms.volumeOmega(3)).isCloseTo(2.7028763, within(1e-6));
    }

    @Test
    void quarticAndQuinticValues() {
        assertThat(FermatClosedForms.volumeOmega(4)).isCloseTo(11.81704, within(1e-4));
        assertThat(FermatClosedForms.volumeOmega(5)).isCloseTo(47.29756, within(1e-4));
        assertThat(FermatClosedForms.meanOmegaOverFubiniStudy(5)).isCloseTo(47.29756 * 6 / 5, within(1e-3));
    }
}
