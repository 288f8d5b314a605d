package org.metricflow.flows.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.metricflow.flows.ConformalMetric;
import org.metricflow.flows.FlowDefinition;
import org.metricflow.flows.JavaFunction;
import org.metricflow.flows.TestFlows;
import org.metricflow.flows.grid.TorusGrid;
import org.metricflow.flows.time.FlowRunner;
import org.metricflow.flows.time.IntegrationOptions;
import org.metricflow.symbolic.jet.JetSpace;

class LocalFlowTest {

    @Test
    void heatEquationModesDecayExactly() {
        var grid = new TorusGrid(2, 16);
        var flow = new LocalFlow(TestFlows.heat(2), grid, 2);
        double[] u0 = grid.sample(x -> Math.cos(x[0] + 2 * x[1]) + 0.5 * Math.sin(3 * x[0]));
        double t = 0.3;
        var result = new FlowRunner(IntegrationOptions.adaptive(1e-12)).run(flow, u0, t);
        double[] exact = grid.sample(x -> Math.exp(-5 * t) * Math.cos(x[0] + 2 * x[1])
                + 0.5 * Math.exp(-9 * t) * Math.sin(3 * x[0]));
        double[] u = result.state();
        double err = 0;
        for (int p = 0; p < u.length; p++) {
            err = Math.max(err, Math.abs(u[p] - exact[p]));
        }
        assertThat(err).isLessThan(1e-10);
    }

    @Test
    void velocityInputsAreBoundByNameInAnyOrder() {
        var grid = new TorusGrid(2, 8);
        JetSpace jets = new JetSpace(2, 2, List.of("u"));
        // the same heat velocity taking all six jet variables in reverse slot order
        List<String> reversed = new java.util.ArrayList<>(jets.variableNames());
        java.util.Collections.reverse(reversed);
        var all = new JavaFunction(reversed, List.of("u_t"), (x, o, y, oo) -> y[oo] = x[o] + x[o + 2],
                "u_d22 + u_d11 in reversed slots");
        var reversedFlow = new LocalFlow(new FlowDefinition("heat", jets, all, new ConformalMetric(jets, "u")), grid, 1);
        var plain = new LocalFlow(TestFlows.heat(2), grid, 1);
        double[] u = grid.sample(x -> Math.sin(x[0]) * Math.cos(3 * x[1]));
        double[] a = new double[u.length];
        double[] b = new double[u.length];
        reversedFlow.velocity(0, u, a);
        plain.velocity(0, u, b);
        assertThat(a).containsExactly(b);
        assertThat(b[5]).isCloseTo(-10 * u[5], org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void definitionRejectsUnknownInputsAndWrongOutputCount() {
        JetSpace jets = new JetSpace(2, 1, List.of("u"));
        var second = new JavaFunction(List.of("u_d11"), List.of("u_t"), (x, o, y, oo) -> { }, "needs order 2");
        assertThatThrownBy(() -> new FlowDefinition("bad", jets, second, new ConformalMetric(jets, "u")))
                .hasMessageContaining("u_d11");
        var two = new JavaFunction(List.of("u"), List.of("a", "b"), (x, o, y, oo) -> { }, "two outputs");
        assertThatThrownBy(() -> new FlowDefinition("bad", jets, two, new ConformalMetric(jets, "u")))
                .hasMessageContaining("2 outputs");
    }
}
