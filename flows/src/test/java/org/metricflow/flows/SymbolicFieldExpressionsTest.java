package org.metricflow.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** --init expressions through the whitelisted parser and the code generator. */
class SymbolicFieldExpressionsTest {

    @Test
    void compilesCoordinateExpressions() {
        var f = new SymbolicFieldExpressions().compile("1 + 0.1*cos(2*x + y) + exp(-z^2)/2 + Pi*sin(x)^2",
                List.of("x", "y", "z"));
        assertThat(f.inputNames()).containsExactly("x", "y", "z");
        assertThat(f.outputs()).isEqualTo(1);
        double[] out = new double[1];
        f.evaluate(new double[] {0.3, -1.2, 0.7}, 0, out, 0);
        double expected = 1 + 0.1 * Math.cos(0.6 - 1.2) + Math.exp(-0.49) / 2 + Math.PI * Math.pow(Math.sin(0.3), 2);
        assertThat(out[0]).isCloseTo(expected, within(1e-14));
    }

    @Test
    void rejectsUnknownSymbolsAndCode() {
        var compiler = new SymbolicFieldExpressions();
        assertThatThrownBy(() -> compiler.compile("0.1*cos(w)", List.of("x", "y")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown").hasMessageContaining("w");
        assertThatThrownBy(() -> compiler.compile("\"); System.exit(1); //", List.of("x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("forbidden character");
        assertThatThrownBy(() -> compiler.compile("Run(ls)", List.of("x")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
