package org.metricflow.symbolic.cas;

import java.util.Objects;
import org.matheclipse.core.eval.ExprEvaluator;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;

/**
 * An immutable symbolic expression: the Symja-free handle through which the rest of the symbolic layer
 * ({@code geometry}, {@code variation}, {@code functionals}) manipulates expressions. Every operation returns a new,
 * evaluated {@code Sym}. Evaluation runs on a per-thread Symja engine with file-system access disabled.
 *
 * <p>{@link #parse(String)} is for trusted, program-built text only; user text goes through the whitelisting
 * parser of the code generator.
 */
public final class Sym {

    private static final ThreadLocal<ExprEvaluator> EVALUATOR = ThreadLocal.withInitial(() -> {
        org.matheclipse.core.basic.Config.FILESYSTEM_ENABLED = false;
        ExprEvaluator ev = new ExprEvaluator(true, (short) 0);
        ev.getEvalEngine().setQuietMode(true);
        return ev;
    });

    public static final Sym ZERO = new Sym(F.C0);
    public static final Sym ONE = new Sym(F.C1);

    private final IExpr expr;

    Sym(IExpr expr) {
        this.expr = Objects.requireNonNull(expr, "expr");
    }

    /** The Symja expression (package-private: Symja stays inside {@code cas}). */
    IExpr expr() {
        return expr;
    }

    static ExprEvaluator evaluator() {
        return EVALUATOR.get();
    }

    /** Wraps a Symja expression after evaluating it. */
    static Sym eval(IExpr e) {
        return new Sym(evaluator().eval(e));
    }

    /** Parses and evaluates trusted Symja input form (relaxed syntax, e.g. {@code E^(2*u(x,y))}). */
    public static Sym parse(String input) {
        ExprEvaluator ev = evaluator();
        return new Sym(ev.eval(ev.parse(input)));
    }

    /** A symbol with the given name. */
    public static Sym symbol(String name) {
        if (!name.matches("[A-Za-z][A-Za-z0-9]*")) {
            throw new IllegalArgumentException("a symbol name is letters and digits starting with a letter, got '"
                    + name + "'");
        }
        // parsed, not F.symbol(..): the parser places the symbol in the engine's context
        return new Sym(evaluator().parse(name));
    }

    /** An integer constant. */
    public static Sym of(long value) {
        return new Sym(F.ZZ(value));
    }

    /** The rational constant p/q. */
    public static Sym rational(long p, long q) {
        return eval(F.QQ(p, q));
    }

    public Sym plus(Sym other) {
        return eval(F.Plus(expr, other.expr));
    }

    public Sym minus(Sym other) {
        return eval(F.Subtract(expr, other.expr));
    }

    public Sym times(Sym other) {
        return eval(F.Times(expr, other.expr));
    }

    public Sym divide(Sym other) {
        return eval(F.Divide(expr, other.expr));
    }

    public Sym negate() {
        return eval(F.Negate(expr));
    }

    public Sym pow(long exponent) {
        return eval(F.Power(expr, F.ZZ(exponent)));
    }

    public Sym pow(Sym exponent) {
        return eval(F.Power(expr, exponent.expr));
    }

    /** Partial derivative with respect to the symbol {@code variable}. */
    public Sym d(Sym variable) {
        return eval(F.D(expr, variable.expr));
    }

    /** Symja's {@code Simplify}. */
    public Sym simplify() {
        return eval(F.Simplify(expr));
    }

    /** Symja's {@code Expand}. */
    public Sym expand() {
        return eval(F.Expand(expr));
    }

    /** Symja's {@code Together} (one fraction over a common denominator). */
    public Sym together() {
        return eval(F.Together(expr));
    }

    /** Replaces every occurrence of {@code target} by {@code replacement}. */
    public Sym replace(Sym target, Sym replacement) {
        return eval(F.ReplaceAll(expr, F.Rule(target.expr, replacement.expr)));
    }

    /** True when the expression is the exact number zero. */
    public boolean isZero() {
        return expr.isZero();
    }

    /** Symja input form, parsable back with {@link #parse(String)}. */
    public String toInputForm() {
        return expr.toString();
    }

    /** Number of nodes in the expression tree (a size measure for simplification strategies). */
    public long leafCount() {
        return expr.leafCount();
    }

    @Override
    public String toString() {
        return toInputForm();
    }

    /** Structural equality of the evaluated expressions. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Sym s && expr.equals(s.expr);
    }

    @Override
    public int hashCode() {
        return expr.hashCode();
    }
}
