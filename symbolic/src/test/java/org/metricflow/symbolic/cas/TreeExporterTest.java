package org.metricflow.symbolic.cas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.metricflow.symbolic.jet.JetSpace;
import org.metricflow.symbolic.tree.Call;
import org.metricflow.symbolic.tree.Constant;
import org.metricflow.symbolic.tree.Expr;
import org.metricflow.symbolic.tree.IntegerPower;
import org.metricflow.symbolic.tree.MathFunction;
import org.metricflow.symbolic.tree.Product;
import org.metricflow.symbolic.tree.RealPower;
import org.metricflow.symbolic.tree.Sum;
import org.metricflow.symbolic.tree.Variable;

/** Symja normal forms → tree, and rejection of everything outside the whitelist. */
class TreeExporterTest {

    private static final Variables XY = Variables.of(List.of("x", "y"));
    private static final Variable X = new Variable("x");
    private static final Variable Y = new Variable("y");

    private static Expr export(String trusted) {
        return TreeExporter.export(Sym.parse(trusted), XY);
    }

    @Test
    void mapsSymjaNormalForms() {
        assertThat(export("x - y")).isEqualTo(new Sum(List.of(X, new Product(List.of(new Constant(-1), Y)))));
        assertThat(export("x/y")).isEqualTo(new Product(List.of(X, new IntegerPower(Y, -1))));
        assertThat(export("E^x")).isEqualTo(new Call(MathFunction.EXP, X));
        assertThat(export("Exp(x)")).isEqualTo(new Call(MathFunction.EXP, X));
        assertThat(export("Sqrt(x)")).isEqualTo(new Call(MathFunction.SQRT, X));
        assertThat(export("1/Sqrt(x)")).isEqualTo(new IntegerPower(new Call(MathFunction.SQRT, X), -1));
        assertThat(export("x^(3/2)")).isEqualTo(new IntegerPower(new Call(MathFunction.SQRT, X), 3));
        assertThat(export("x^(1/3)")).isEqualTo(new RealPower(X, new Constant(1.0 / 3)));
        assertThat(export("x^y")).isEqualTo(new RealPower(X, Y));
        assertThat(export("Sec(x)")).isEqualTo(new IntegerPower(new Call(MathFunction.COS, X), -1));
        assertThat(export("Coth(x)")).isEqualTo(new IntegerPower(new Call(MathFunction.TANH, X), -1));
        assertThat(export("Pi")).isEqualTo(new Constant(Math.PI));
        assertThat(export("E")).isEqualTo(new Constant(Math.E));
        assertThat(export("2/3")).isEqualTo(new Constant(2.0 / 3));
        assertThat(export("Abs(E^x)")).isEqualTo(new Call(MathFunction.EXP, X)); // Symja: E^Re(x), x real
    }

    @Test
    void mapsJetVariables() {
        JetSpace jets = new JetSpace(2, 2, List.of("phi"));
        Variables v = Variables.of(jets, List.of());
        Sym phi12 = v.symbol("phi_d12");
        assertThat(phi12.toInputForm()).isEqualTo("phi$d12");
        assertThat(TreeExporter.export(phi12.pow(2), v)).isEqualTo(new IntegerPower(new Variable("phi_d12"), 2));
    }

    @Test
    void rejectsEverythingOutsideTheWhitelist() {
        assertRejected("z + x", "unknown symbol 'z'");
        assertRejected("u(x, y)", "unsupported head 'u'");
        assertRejected("D(u(x, y), x)", "Derivative");
        assertRejected("\"text\"", "unsupported atom");
        assertRejected("x + I", "unsupported atom");
        assertRejected("ArcTan(x, y)", "unsupported head 'ArcTan'");
        assertRejected("Gamma(x)", "unsupported head 'Gamma'");
        assertRejected("Hold(x)", "unsupported head 'Hold'");
        assertRejected("{x, y}", "unsupported head 'List'");
        assertRejected("x_", "unsupported atom in 'x_'");
        assertRejected("D(Abs(x), x)", "Derivative(1)[Abs]");
        assertRejected("1/0", "unsupported");
    }

    private static void assertRejected(String trusted, String message) {
        assertThatThrownBy(() -> export(trusted)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    /** Symja gives each thread's engine its own user symbols; variables are matched by name. */
    @Test
    void acceptsExpressionsBuiltOnAnotherThread() throws InterruptedException {
        AtomicReference<Sym> built = new AtomicReference<>();
        Thread t = new Thread(() -> built.set(Sym.parse("x^2*Sin(y)")));
        t.start();
        t.join();
        assertThat(built.get()).isNotEqualTo(Sym.parse("x^2*Sin(y)")); // different symbol objects
        assertThat(TreeExporter.export(built.get(), XY)).isEqualTo(export("x^2*Sin(y)"));
    }

    @Test
    void variableNamesMustMapToDistinctUserSymbols() {
        assertThatThrownBy(() -> Variables.of(List.of("Pi"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("built-in");
        assertThatThrownBy(() -> Variables.of(List.of("G11", "g11"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("same Symja symbol");
        assertThatThrownBy(() -> Variables.of(List.of("x$1"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("variable name");
        assertThatThrownBy(() -> XY.symbol("z")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown variable 'z'");
    }
}
