package org.metricflow.symbolic.jet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class JetSpaceTest {

    @Test
    void secondOrderLayoutIn3d() {
        JetSpace j = new JetSpace(3, List.of("g11", "phi"));
        assertThat(j.perField()).isEqualTo(10);
        assertThat(j.size()).isEqualTo(20);
        List<String> names = j.variableNames();
        assertThat(names.subList(0, 10)).containsExactly("g11", "g11_d1", "g11_d2", "g11_d3", "g11_d11", "g11_d12",
                "g11_d13", "g11_d22", "g11_d23", "g11_d33");
        assertThat(names.get(j.index("phi", 2, 3))).isEqualTo("phi_d23");
        assertThat(j.index("phi", 3, 2)).isEqualTo(j.index("phi", 2, 3));
        assertThat(names.get(j.index("phi", 1))).isEqualTo("phi_d1");
        assertThat(names).doesNotHaveDuplicates();
    }

    /** Number of monomials of degree ≤ 4 in 2 variables is C(6,2) = 15; in 3 variables C(7,3) = 35. */
    @Test
    void fourthOrderCountsAreBinomials() {
        assertThat(new JetSpace(2, 4, List.of("u")).perField()).isEqualTo(15);
        assertThat(new JetSpace(3, 4, List.of("u")).perField()).isEqualTo(35);
        JetSpace j = new JetSpace(2, 4, List.of("u"));
        assertThat(j.variableNames().get(j.index("u", 2, 1, 2, 1))).isEqualTo("u_d1122");
        assertThat(j.variableNames()).doesNotHaveDuplicates().endsWith("u_d2222");
    }

    @Test
    void metricComponentsAndErrors() {
        assertThat(JetSpace.metricComponents(2)).containsExactly("g11", "g12", "g22");
        assertThat(JetSpace.metricComponent(2, 1)).isEqualTo("g12");
        assertThatThrownBy(() -> new JetSpace(0, List.of("u"))).hasMessageContaining("got 0");
        assertThatThrownBy(() -> new JetSpace(2, 5, List.of("u"))).hasMessageContaining("got 5");
        assertThatThrownBy(() -> new JetSpace(2, List.of("u")).index("u", 3)).hasMessageContaining("got 3");
        assertThatThrownBy(() -> new JetSpace(2, List.of("u")).index("u", 1, 1, 1)).hasMessageContaining("order 3");
        assertThatThrownBy(() -> new JetSpace(2, List.of("u")).index("v")).hasMessageContaining("'v'");
    }
}
