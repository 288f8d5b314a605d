package org.metricflow.symbolic.cas;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SymjaFixesTest {

    @Test
    void sumsWithMismatchedTrigonometricPairsKeepAllTerms() {
        // Symja 3.0.0 alone evaluates this to 1 (drops Sin(a)^2 - Cos(a)^2)
        assertThat(Sym.parse("Sin(a)^2 - Cos(a)^2 + Csc(b)^2 - Cot(b)^2"))
                .isEqualTo(Sym.parse("1 + Sin(a)^2 - Cos(a)^2"));
        // the rules themselves still work
        assertThat(Sym.parse("Sin(a)^2 + Cos(a)^2 + x")).isEqualTo(Sym.parse("1 + x"));
        assertThat(Sym.parse("Csc(b)^2 - Cot(b)^2 + x")).isEqualTo(Sym.parse("1 + x"));
        assertThat(Sym.parse("Simplify(Sin(a)^2 - Cos(a)^2 + Csc(b)^2 - Cot(b)^2 + Cos(a)^2)"))
                .isEqualTo(Sym.parse("1 + Sin(a)^2"));
    }
}
