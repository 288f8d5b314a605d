package org.metricflow.symbolic.jet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class JetSpaceTest {

    @Test
    void layoutMatchesNamesIn3d() {
        JetSpace j = new JetSpace(3, List.of("g11", "phi"));
        assertThat(j.perField()).isEqualTo(10);
        assertThat(j.size()).isEqualTo(20);
        List<String> names = j.variableNames();
        assertThat(names.subList(0, 10)).containsExactly("g11", "g11_d1", "g11_d2", "g11_d3", "g11_d11", "g11_d12",
                "g11_d13", "g11_d22", "g11_d23", "g11_d33");
        assertThat(names.get(j.index("phi", 2, 3))).isEqualTo("phi_d23");
        assertThat(j.index("phi", 3, 2)).isEqualTo(j.index("phi", 2, 3));
        assertThat(names.get(j.index("phi", 1))).isEqualTo("phi_d1");
        for (int i = 0; i < names.size(); i++) {
            assertThat(names.indexOf(names.get(i))).isEqualTo(i);
        }
    }

    @Test
    void metricComponentsAndErrors() {
        assertThat(JetSpace.metricComponents(2)).containsExactly("g11", "g12", "g22");
        assertThat(JetSpace.metricComponent(2, 1)).isEqualTo("g12");
        assertThatThrownBy(() -> new JetSpace(0, List.of("u"))).hasMessageContaining("got 0");
        assertThatThrownBy(() -> new JetSpace(2, List.of("u")).index("u", 3)).hasMessageContaining("got 3");
        assertThatThrownBy(() -> new JetSpace(2, List.of("u")).index("v")).hasMessageContaining("'v'");
    }
}
