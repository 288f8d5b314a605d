package org.metricflow.symbolic.cas;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.matheclipse.core.eval.ExprEvaluator;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IASTAppendable;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * An immutable symbolic expression: the Symja-free handle through which the rest of the symbolic layer
 * ({@code geometry}, {@code variation}, {@code functionals}) manipulates expressions. Every operation returns a new,
 * evaluated {@code Sym}. Evaluation runs on a per-thread Symja engine with file-system access disabled.
 *
 * <p>{@link #parse(String)} is for trusted, program-built text only; user text goes through
 * {@link SafeParser}, which refuses quotes and non-whitelisted heads before anything is evaluated.
 *
 * <p>Unknown functions of the coordinates, such as {@code u(x,y)}, are fields; Symja writes their partial
 * derivatives as {@code Derivative(1,0)[u][x,y]} (here ∂u/∂x), which {@link #d(Sym)} produces and
 * {@link JetVariables} turns into jet variables.
 */
public final class Sym {

    /** Largest integer, in bits, Symja may build before evaluation is aborted. */
    public static final int MAX_INTEGER_BITS = 1 << 20;

    private static final ThreadLocal<ExprEvaluator> EVALUATOR = ThreadLocal.withInitial(() -> {
        org.matheclipse.core.basic.Config.FILESYSTEM_ENABLED = false;
        // integers beyond ~300,000 decimal digits abort evaluation instead of hanging (e.g. 10^10^10)
        org.matheclipse.core.basic.Config.MAX_BIT_LENGTH = MAX_INTEGER_BITS;
        ExprEvaluator ev = new ExprEvaluator(true, (short) 0);
        ev.getEvalEngine().setQuietMode(true);
        SymjaFixes.install();
        return ev;
    });

    public static final Sym ZERO = new Sym(F.C0);
    public static final Sym ONE = new Sym(F.C1);
    /** The imaginary unit i. */
    public static final Sym I = new Sym(F.CI);

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

    /**
     * A symbol with the given name.
     *
     * @throws IllegalArgumentException when the name is not letters and digits starting with a letter, or when
     *                                  Symja reads it as one of its built-in symbols (e.g. {@code pi}, {@code re})
     */
    public static Sym symbol(String name) {
        return new Sym(userSymbol(name));
    }

    static ISymbol userSymbol(String name) {
        if (name == null || !name.matches("[A-Za-z][A-Za-z0-9]*")) {
            throw new IllegalArgumentException("a symbol name is letters and digits starting with a letter, got '"
                    + name + "'");
        }
        // parsed, not F.symbol(..): the parser places the symbol in the engine's context
        IExpr parsed = evaluator().parse(name);
        if (!parsed.isSymbol() || parsed.isBuiltInSymbol()) {
            throw new IllegalArgumentException("'" + name + "' is a Symja built-in (" + parsed
                    + "); choose another name");
        }
        return (ISymbol) parsed;
    }

    /** The unevaluated application {@code name(arguments)}, e.g. the field {@code u(x,y)}. */
    public static Sym function(String name, List<Sym> arguments) {
        IASTAppendable ast = F.ast(userSymbol(name), arguments.size());
        arguments.forEach(a -> ast.append(a.expr));
        return eval(ast);
    }

    /** An integer constant. */
    public static Sym of(long value) {
        return new Sym(F.ZZ(value));
    }

    /** The rational constant p/q. */
    public static Sym rational(long p, long q) {
        return eval(F.QQ(p, q));
    }

    /** The sum of the terms, evaluated once (much faster than repeated {@link #plus}). */
    public static Sym sum(Collection<Sym> terms) {
        IASTAppendable plus = F.PlusAlloc(terms.size());
        terms.forEach(t -> plus.append(t.expr));
        return eval(plus.oneIdentity0());
    }

    /** The product of the factors, evaluated once. */
    public static Sym product(Collection<Sym> factors) {
        IASTAppendable times = F.TimesAlloc(factors.size());
        factors.forEach(t -> times.append(t.expr));
        return eval(times.oneIdentity1());
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

    public Sym times(long factor) {
        return eval(F.Times(F.ZZ(factor), expr));
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

    /** e^this. */
    public Sym exp() {
        return eval(F.Power(S.E, expr));
    }

    /** The natural logarithm. */
    public Sym log() {
        return eval(F.Log(expr));
    }

    /** The principal square root. */
    public Sym sqrt() {
        return eval(F.Sqrt(expr));
    }

    /** The absolute value. */
    public Sym abs() {
        return eval(F.Abs(expr));
    }

    /** Partial derivative with respect to the symbol {@code variable}. */
    public Sym d(Sym variable) {
        return expr.isNumber() ? ZERO : eval(F.D(expr, variable.expr));
    }

    /** Symja's {@code Simplify} (trigonometric identities; see {@link Simplification} for its limits). */
    public Sym simplify() {
        return eval(F.Simplify(expr));
    }

    /** Symja's {@code Expand}. */
    public Sym expand() {
        return eval(F.Expand(expr));
    }

    /**
     * Symja's {@code Together} (one fraction over a common denominator). <b>Unreliable</b> for multivariate rational
     * functions in Symja 3.0.0 (see {@link Simplification}); decide identities with {@link ZeroTest}.
     */
    public Sym together() {
        return eval(F.Together(expr));
    }

    /**
     * The reduced rational normal form: one fraction whose numerator and denominator are expanded polynomials with
     * gcd 1 in the atoms of the expression (symbols, fields, and non-rational subexpressions such as e^x or
     * b^{1/2}, normalised inside). Computed with JAS; exact.
     */
    public Sym rational() {
        return RationalForm.normalize(this);
    }

    /**
     * Substitutes {@code rules} simultaneously into an expression that is then real although written with complex
     * coefficients (e.g. Wirtinger derivatives in real coordinates), and cancels the imaginary parts exactly: rational
     * parts become one numerator and denominator multiplied out, function arguments likewise.
     *
     * @throws IllegalStateException when an imaginary part survives
     */
    public Sym realForm(Map<Sym, Sym> rules) {
        return RealForm.of(this, rules);
    }

    /** Replaces every occurrence of {@code target} by {@code replacement}. */
    public Sym replace(Sym target, Sym replacement) {
        return eval(F.ReplaceAll(expr, F.Rule(target.expr, replacement.expr)));
    }

    /** Replaces every key by its value, simultaneously (one {@code ReplaceAll} with a list of rules). */
    public Sym substitute(Map<Sym, Sym> rules) {
        if (rules.isEmpty()) {
            return this;
        }
        IASTAppendable list = F.ListAlloc(rules.size());
        rules.forEach((k, v) -> list.append(F.Rule(k.expr, v.expr)));
        return eval(F.ReplaceAll(expr, list));
    }

    /** True when the expression is the exact number zero. */
    public boolean isZero() {
        return expr.isZero();
    }

    /**
     * False when the expression contains a division by zero or an undefined value anywhere ({@code ComplexInfinity},
     * {@code Infinity}, {@code Indeterminate}, a non-finite float).
     */
    public boolean isFinite() {
        return !expr.has(e -> e.isIndeterminate() || e.isDirectedInfinity() || e.isInfinity()
                || e.isNegativeInfinity() || e.isComplexInfinity()
                || (e instanceof org.matheclipse.core.interfaces.INum n && !Double.isFinite(n.doubleValue())), true);
    }

    /** True for an exact or floating-point number (no symbols). */
    public boolean isNumber() {
        return expr.isNumber();
    }

    /** The value of a real numeric constant (numbers, {@code Pi}, {@code E}, …). */
    public double toDouble() {
        return expr.evalf();
    }

    /**
     * Names of the non-built-in symbols occurring anywhere in the expression, including the heads of fields
     * ({@code u} in {@code u(x,y)}), sorted.
     */
    public Set<String> symbolNames() {
        Set<String> names = new TreeSet<>();
        collectSymbols(expr, names);
        return names;
    }

    private static void collectSymbols(IExpr e, Set<String> into) {
        if (e.isSymbol()) {
            if (!e.isBuiltInSymbol()) {
                into.add(((ISymbol) e).getSymbolName());
            }
        } else if (e.isAST()) {
            IAST ast = (IAST) e;
            collectSymbols(ast.head(), into);
            ast.forEach(a -> collectSymbols(a, into));
        }
    }

    /**
     * The elements of a list {@code {a, b, …}} (e.g. the rows of a matrix {@code {{..},{..}}}).
     *
     * @throws IllegalArgumentException when the expression is not a list
     */
    public List<Sym> listElements() {
        if (!expr.isList()) {
            throw new IllegalArgumentException("expected a list {a, b, ...}, got " + expr);
        }
        List<Sym> out = new java.util.ArrayList<>();
        ((IAST) expr).forEach(e -> out.add(new Sym(e)));
        return out;
    }

    /** Symja input form on one line, parsable back with {@link #parse(String)}. */
    public String toInputForm() {
        return expr.toString().replace("\n", ""); // Symja breaks long output at token boundaries
    }

    /** LaTeX (Symja's {@code TeXForm}); symbols keep their names. */
    public String toLatex() {
        return Latex.of(expr, Map.of());
    }

    /**
     * LaTeX in which the listed symbols are printed with the given TeX (e.g. {@code phi$d12 → \partial_x
     * \partial_y \phi}); other symbols keep their names.
     */
    public String toLatex(Map<String, String> symbolTex) {
        return Latex.of(expr, symbolTex);
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
