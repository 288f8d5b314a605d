package org.metricflow.symbolic.functionals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hipparchus.random.Well19937c;
import org.junit.jupiter.api.Test;
import org.metricflow.symbolic.cas.Sym;
import org.metricflow.symbolic.cas.ZeroTest;

/** The one catalogue: names and aliases, and the Kähler torus velocities in real jets against the hand forms on C. */
class NamedFlowTest {

    private static boolean vanishes(Sym difference) {
        return ZeroTest.vanishes(difference, new Well19937c(5), 4);
    }

    @Test
    void everyNameIsAcceptedAndUnknownNamesListThem() {
        for (String name : NamedFlow.names()) {
            assertThat(NamedFlow.fromId(name).id()).isIn(NamedFlow.names());
        }
        assertThat(NamedFlow.fromId("monge-ampere-ultralocal")).isEqualTo(NamedFlow.MONGE_AMPERE);
        assertThat(NamedFlow.help()).hasSize(NamedFlow.values().length);
        assertThatThrownBy(() -> NamedFlow.fromId("ricci-deturck")).hasMessageContaining("ricci-deturck")
                .hasMessageContaining("monge-ampere-2deriv");
    }

    @Test
    void kahlerTorusVelocitiesOnCAreTheRealFormsOfTheWirtingerDerivation() {
        // ∂_z∂_z̄ = ¼(∂_x² + ∂_y²): det g = 1 + (φ_xx + φ_yy)/4
        Sym det = Sym.parse("1 + (phi$d11 + phi$d22)/4");
        TorusVelocity kr = NamedFlow.KAHLER_RICCI.torusVelocity(2);
        assertThat(vanishes(kr.velocity().get(0).minus(det.log()))).isTrue();
        assertThat(vanishes(kr.density().minus(det))).isTrue();
        Sym ma = NamedFlow.MONGE_AMPERE.torusVelocity(2).velocity().get(0);
        assertThat(vanishes(ma.minus(det.minus(Sym.ONE).times(2)))).isTrue();
        assertThat(vanishes(ma.minus(det.minus(Sym.ONE)))).as("a planted factor 2 is seen").isFalse();
        Sym twoDeriv = NamedFlow.MONGE_AMPERE_2DERIV.torusVelocity(2).velocity().get(0);
        assertThat(vanishes(twoDeriv.plus(det.pow(Sym.rational(-1, 2))))).isTrue();
    }
}
