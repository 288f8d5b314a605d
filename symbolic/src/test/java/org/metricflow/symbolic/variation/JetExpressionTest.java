package org.metricflow.symbolic.variation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.metricflow.symbolic.cas.Sym;
import org.metricflow.symbolic.geometry.Chart;
import org.metricflow.symbolic.jet.JetSpace;

class JetExpressionTest {

    @Test
    void variablesAreOrderedAndMappedToJetSpaceSlots() {
        Chart xy = Chart.of("x", "y");
        JetExpression e = JetExpression.of(Sym.parse("x*D(phi(x,y),x,y) + g12(x,y)*D(g11(x,y),y)^2"), xy,
                List.of("g11", "g12", "phi"));
        assertThat(e.variables()).containsExactly("g11_d2", "g12", "phi_d12");
        JetSpace space = new JetSpace(2, List.of("g11", "g12", "phi"));
        assertThat(e.symbolSlots(space)).containsEntry("g11$d2", space.index("g11", 2))
                .containsEntry("g12", space.index("g12")).containsEntry("phi$d12", space.index("phi", 1, 2));
        assertThat(e.numeric(xy).value(new double[] {2, 0, 3, 5, 7})).isEqualTo(2 * 7 + 5 * 9.0);
        assertThat(e.toLatex(xy)).contains("\\partial_{x}\\partial_{y} \\phi", "g_{12}");
    }
}
