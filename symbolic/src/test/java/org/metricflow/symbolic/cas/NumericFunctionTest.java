package org.metricflow.symbolic.cas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.hipparchus.complex.Complex;
import org.junit.jupiter.api.Test;

class NumericFunctionTest {

    @Test
    void realValuesMatchJavaMath() {
        Sym e = Sym.parse("Sqrt(x)*E^(-y)*Sin(x*y)^3/(1+x^2) + ArcTan(y)*Log(x)*x^(-5/2) + Pi + Cosh(y)^(1/3)");
        NumericFunction f = NumericFunction.of(e, List.of(Sym.symbol("x"), Sym.symbol("y")));
        double x = 1.3;
        double y = -0.4;
        double expected = Math.sqrt(x) * Math.exp(-y) * Math.pow(Math.sin(x * y), 3) / (1 + x * x)
                + Math.atan(y) * Math.log(x) * Math.pow(x, -2.5) + Math.PI + Math.cbrt(Math.cosh(y));
        assertThat(f.value(new double[] {x, y})).isCloseTo(expected, within(1e-13));
    }

    @Test
    void complexArithmeticGivesHolomorphicValues() {
        Sym e = Sym.parse("Log(1 + z*zb) + I*z^2");
        NumericFunction f = NumericFunction.of(e, List.of(Sym.symbol("z"), Sym.symbol("zb")));
        Complex z = new Complex(0.3, 0.7);
        Complex v = f.value(new Complex[] {z, z.conjugate()});
        Complex expected = Complex.ONE.add(z.multiply(z.conjugate())).log().add(Complex.I.multiply(z.multiply(z)));
        assertThat(v.subtract(expected).norm()).isLessThan(1e-14);
    }

    @Test
    void unknownSymbolsAndFunctionsAreNamed() {
        assertThatThrownBy(() -> NumericFunction.of(Sym.parse("x + w"), List.of(Sym.symbol("x"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'w'");
        assertThatThrownBy(() -> NumericFunction.of(Sym.parse("Gamma(x)"), List.of(Sym.symbol("x"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Gamma");
        assertThatThrownBy(() -> NumericFunction.of(Sym.parse("I*x"), List.of(Sym.symbol("x")))
                .value(new double[] {1})).isInstanceOf(IllegalArgumentException.class);
    }
}
