package org.metricflow.symbolic.cas;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SymTest {

    @Test
    void arithmeticAndDerivatives() {
        Sym x = Sym.symbol("x");
        Sym f = Sym.parse("E^(2*u(x,y))");
        assertThat(f.d(x).toInputForm()).isEqualTo("2*E^(2*u(x,y))*Derivative(1,0)[u][x,y]");
        assertThat(x.pow(2).minus(x.times(x)).isZero()).isTrue();
        assertThat(Sym.parse("Sin(x)^2+Cos(x)^2").simplify()).isEqualTo(Sym.ONE);
        assertThat(Sym.parse("(a+b)^2").expand()).isEqualTo(Sym.parse("a^2+2*a*b+b^2"));
        assertThat(x.pow(3).replace(x, Sym.of(2))).isEqualTo(Sym.of(8));
        assertThat(Sym.rational(1, 2).plus(Sym.rational(1, 2))).isEqualTo(Sym.ONE);
    }

    @Test
    void longExpressionsPrintOnOneLineAndParseBack() {
        Sym big = Sym.parse("(a + b + c + d)^12").expand();
        assertThat(big.toInputForm()).doesNotContain("\n").hasSizeGreaterThan(200);
        assertThat(Sym.parse(big.toInputForm())).isEqualTo(big);
    }
}
