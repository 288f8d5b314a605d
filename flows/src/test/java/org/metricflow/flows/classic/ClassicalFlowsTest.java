package org.metricflow.flows.classic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.metricflow.flows.ComponentMetric;
import org.metricflow.flows.JavaFunction;
import org.metricflow.flows.KahlerMetric;
import org.metricflow.symbolic.functionals.NamedFlow;

class ClassicalFlowsTest {

    @Test
    void fieldsAndJetOrdersFollowTheConventions() {
        assertThat(NamedFlow.RICCI.fields(3)).containsExactly("g11", "g12", "g13", "g22", "g23", "g33");
        assertThat(NamedFlow.PERELMAN.fields(2)).containsExactly("g11", "g12", "g22", "phi");
        assertThat(NamedFlow.CALABI.jets(2).order()).isEqualTo(4);
        assertThat(ClassicalFlows.readout(NamedFlow.KAHLER_RICCI, NamedFlow.KAHLER_RICCI.jets(4)))
                .isInstanceOf(KahlerMetric.class);
        assertThat(ClassicalFlows.readout(NamedFlow.RICCI, NamedFlow.RICCI.jets(2))).isInstanceOf(ComponentMetric.class);
        assertThatThrownBy(() -> NamedFlow.CALABI.checkDimension(3)).hasMessageContaining("2 or 4")
                .hasMessageContaining("3");
        assertThatThrownBy(() -> NamedFlow.fromId("ricc")).hasMessageContaining("ricc")
                .hasMessageContaining("kahler-ricci");
        assertThat(NamedFlow.fromId("monge-ampere")).isEqualTo(NamedFlow.MONGE_AMPERE);
        assertThat(NamedFlow.fromId("monge-ampere-ultralocal")).isEqualTo(NamedFlow.MONGE_AMPERE);
    }

    @Test
    void definitionComesFromTheFirstSourceThatGeneratesIt() {
        var zero = new JavaFunction(List.of("phi"), List.of("phi_t"), (x, o, y, oo) -> y[oo] = 0, "zero");
        VelocitySource onlyKahler = (flow, d) -> flow == NamedFlow.KAHLER_RICCI
                ? Optional.of(new GeneratedFlow(zero, Optional.empty(), Optional.empty())) : Optional.empty();
        var catalogue = new ClassicalFlows(List.of(onlyKahler));
        var def = catalogue.definition(NamedFlow.KAHLER_RICCI, 2);
        assertThat(def.name()).isEqualTo("kahler-ricci");
        assertThat(def.jets().fields()).containsExactly("phi");
        assertThatThrownBy(() -> catalogue.definition(NamedFlow.RICCI, 2))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("ricci")
                .hasMessageContaining("VelocitySource");
        assertThatThrownBy(() -> catalogue.loss(NamedFlow.KAHLER_RICCI, 2)).hasMessageContaining("loss");
    }
}
