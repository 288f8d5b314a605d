package org.metricflow.symbolic.cas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Degenerate text: divisions by zero, scientific notation, inputs whose expansion would not finish. */
class SafeParserDegenerateInputTest {

    private static final SafeParser PARSER = new SafeParser(Variables.of(List.of("x", "y")));

    @Test
    void undefinedValuesAnywhereAreRefused() {
        for (String text : new String[] {"1/0", "x^2/0", "x/(x-x)", "{{1, 0/0}, {0, 1}}", "Log(0)"}) {
            assertThatThrownBy(() -> PARSER.parse(text)).as(text).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("divides by zero or is undefined");
        }
        assertThat(PARSER.parse("x/(1+x-x)").toInputForm()).isEqualTo("x");
    }

    @Test
    void scientificNotationIsANumberNotASymbol() {
        assertThat(PARSER.parse("1.5e3*x").toInputForm()).contains("1500").doesNotContain("e3");
        assertThat(PARSER.parse("2E-3").toDouble()).isEqualTo(2e-3);
        assertThat(PARSER.parse("1.5e300").toDouble()).isEqualTo(1.5e300);
        // an identifier that merely contains e-digits stays an (unknown) identifier
        assertThatThrownBy(() -> PARSER.parse("x2e3")).hasMessageContaining("unknown symbol 'x2e3'");
    }

    @Test
    void expansionWorkIsBoundedBeforeEvaluation() {
        assertThat(ExpansionEstimate.terms(Sym.parse("(1+x+y)^300").expr())).isCloseTo(45451, within(0.5));
        assertThat(ExpansionEstimate.terms(Sym.parse("(1+x)^3*(x+y)^2").expr())).isEqualTo(12);
        assertThatThrownBy(() -> PARSER.parse("{{(1+x+y)^300, 0}, {0, 1}}")).hasMessageContaining("expands to about");
        assertThatThrownBy(() -> PARSER.parse("Sin((1+x+y)^100)")).hasMessageContaining("expands to about");
        assertThat(PARSER.parse("(1+x+y)^20")).isNotNull();
    }
}
