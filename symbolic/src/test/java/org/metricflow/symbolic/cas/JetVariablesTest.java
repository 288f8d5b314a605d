package org.metricflow.symbolic.cas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class JetVariablesTest {

    private static final List<Sym> XY = List.of(Sym.symbol("x"), Sym.symbol("y"));

    @Test
    void convertsFieldsAndDerivativesToJetSymbolsAndBack() {
        Sym f = Sym.parse("x*D(u(x,y),x,y,y)^2 + E^(-phi(x,y))*D(phi(x,y),y) + u(x,y)");
        Sym jet = JetVariables.toJet(f, XY, List.of("u", "phi"));
        assertThat(jet).isEqualTo(Sym.parse("x*u$d122^2 + E^(-phi)*phi$d2 + u"));
        assertThat(jet.symbolNames()).containsExactlyInAnyOrder("x", "u$d122", "phi", "phi$d2", "u");
        assertThat(JetVariables.toFunctions(jet, XY, List.of("u", "phi"))).isEqualTo(f);
        assertThat(JetVariables.derivative("u", XY, 2, 1, 2)).isEqualTo(Sym.parse("D(u(x,y),x,y,y)"));
        assertThat(JetVariables.symbol("g12_d1")).isEqualTo(Sym.parse("g12$d1"));
        assertThat(JetVariables.jetName("phi$d12")).isEqualTo("phi_d12");
    }

    @Test
    void fieldsMustBeAppliedToTheCoordinates() {
        assertThatThrownBy(() -> JetVariables.toJet(Sym.parse("u(x,0)"), XY, List.of("u")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("u(x,0)");
        assertThatThrownBy(() -> JetVariables.toJet(Sym.parse("u + x"), XY, List.of("u")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'u'");
    }
}
