package org.metricflow.symbolic.cas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RationalFormTest {

    private static final List<Sym> VARS = List.of("a", "b", "c", "d").stream().map(Sym::symbol).toList();
    private static final double[] POINT = {1.3, 0.4, -0.7, 2.1};

    private static double at(Sym e) {
        return NumericFunction.of(e, VARS).value(POINT);
    }

    @Test
    void reducesToOneFractionWithFactoredDenominator() {
        assertThat(Sym.parse("a/(b+c) + d/(b+c)^2").rational()).isEqualTo(Sym.parse("(a*b+a*c+d)/(b+c)^2"));
        assertThat(Sym.parse("(a^2-b^2)/(a-b)").rational()).isEqualTo(Sym.parse("a+b"));
        assertThat(Sym.parse("a*(c/(a^2-b*d)^2 + 1/(a^2-b*d)) - a*c/(a^2-b*d)^2").rational())
                .isEqualTo(Sym.parse("a/(a^2-b*d)"));
        assertThat(Sym.parse("E^(2*a)*Sqrt(b)/b - E^(2*a)/Sqrt(b)").rational()).isEqualTo(Sym.ZERO);
    }

    @Test
    void agreesWithTheOriginalOnRandomRationalExpressions() {
        Random rnd = new Random(345);
        for (int trial = 0; trial < 40; trial++) {
            Sym e = randomExpression(rnd, 4);
            double before = at(e);
            if (!Double.isFinite(before) || Math.abs(before) > 1e6) {
                continue;
            }
            assertThat(at(e.rational())).as(e.toString()).isCloseTo(before, within(1e-9 * (1 + Math.abs(before))));
        }
    }

    private static Sym randomExpression(Random rnd, int depth) {
        if (depth == 0 || rnd.nextInt(4) == 0) {
            return rnd.nextBoolean() ? VARS.get(rnd.nextInt(VARS.size())) : Sym.rational(rnd.nextInt(7) - 3,
                    1 + rnd.nextInt(4));
        }
        Sym x = randomExpression(rnd, depth - 1);
        Sym y = randomExpression(rnd, depth - 1);
        return switch (rnd.nextInt(5)) {
            case 0 -> x.plus(y);
            case 1 -> x.times(y);
            case 2 -> x.minus(y);
            case 3 -> x.divide(y.plus(Sym.of(5)).pow(1 + rnd.nextInt(2)));
            default -> x.times(y.plus(Sym.of(3)).sqrt());
        };
    }
}
