package org.metricflow.symbolic.cas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link Sym#realForm}: conjugate products lose their imaginary parts exactly; an expression that is not real fails. */
class RealFormTest {

    private static final Sym X = Sym.symbol("x");
    private static final Sym Y = Sym.symbol("y");
    private static final Sym W = Sym.symbol("w");
    private static final Sym WB = Sym.symbol("wb");
    private static final Map<Sym, Sym> CONJUGATES = Map.of(W, X.plus(Sym.I.times(Y)), WB, X.minus(Sym.I.times(Y)));

    @Test
    void conjugateProductsBecomeRealInsideFractionsAndFunctions() {
        assertThat(Sym.parse("w*wb/(1 + w + wb)^2").realForm(CONJUGATES))
                .isEqualTo(Sym.parse("(x^2 + y^2)/(1 + 2*x)^2"));
        assertThat(Sym.parse("Log(1 + w*wb) - Sqrt(w^2 + wb^2)").realForm(CONJUGATES))
                .isEqualTo(Sym.parse("Log(1 + x^2 + y^2) - Sqrt(2*x^2 - 2*y^2)"));
    }

    @Test
    void anExpressionThatIsNotRealIsRefused() {
        assertThatThrownBy(() -> Sym.parse("w/(1 + w*wb)").realForm(CONJUGATES))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("imaginary part");
    }
}
