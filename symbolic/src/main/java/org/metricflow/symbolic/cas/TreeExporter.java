package org.metricflow.symbolic.cas;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.IRational;
import org.matheclipse.core.interfaces.IReal;
import org.metricflow.symbolic.tree.Call;
import org.metricflow.symbolic.tree.Constant;
import org.metricflow.symbolic.tree.Expr;
import org.metricflow.symbolic.tree.IntegerPower;
import org.metricflow.symbolic.tree.MathFunction;
import org.metricflow.symbolic.tree.Product;
import org.metricflow.symbolic.tree.RealPower;
import org.metricflow.symbolic.tree.Sum;
import org.metricflow.symbolic.tree.Variable;

/**
 * Exports a {@link Sym} to a Symja-free {@link Expr} tree, accepting only real numbers, π, e, declared
 * {@link Variables}, {@code Plus}, {@code Times}, {@code Power} and the whitelisted one-argument functions; everything
 * else — strings, complex numbers, patterns, unknown symbols or functions, unevaluated {@code Derivative[..]},
 * Java-interop, file or definition heads — is rejected with an {@link IllegalArgumentException} naming it.
 *
 * <p>Symja's normal forms are mapped to code-friendly ones: {@code Power(E, x)} ↦ exp(x), {@code Power(x, 1/2)} ↦
 * sqrt(x), {@code Power(x, k/2)} ↦ sqrt(x)^k, {@code Sec(x)} ↦ cos(x)^−1 (likewise Csc, Cot, Sech, Csch, Coth), and
 * {@code Re(x)} ↦ x, since every variable is real (Symja's evaluation writes {@code Abs(E^x)} as {@code E^Re(x)}).
 */
public final class TreeExporter {

    private static final Map<IExpr, MathFunction> FUNCTIONS = new IdentityHashMap<>();
    private static final Map<IExpr, MathFunction> RECIPROCALS = new IdentityHashMap<>();

    static {
        FUNCTIONS.put(S.Log, MathFunction.LOG);
        FUNCTIONS.put(S.Sin, MathFunction.SIN);
        FUNCTIONS.put(S.Cos, MathFunction.COS);
        FUNCTIONS.put(S.Tan, MathFunction.TAN);
        FUNCTIONS.put(S.ArcSin, MathFunction.ASIN);
        FUNCTIONS.put(S.ArcCos, MathFunction.ACOS);
        FUNCTIONS.put(S.ArcTan, MathFunction.ATAN);
        FUNCTIONS.put(S.Sinh, MathFunction.SINH);
        FUNCTIONS.put(S.Cosh, MathFunction.COSH);
        FUNCTIONS.put(S.Tanh, MathFunction.TANH);
        FUNCTIONS.put(S.Abs, MathFunction.ABS);
        RECIPROCALS.put(S.Sec, MathFunction.COS);
        RECIPROCALS.put(S.Csc, MathFunction.SIN);
        RECIPROCALS.put(S.Cot, MathFunction.TAN);
        RECIPROCALS.put(S.Sech, MathFunction.COSH);
        RECIPROCALS.put(S.Csch, MathFunction.SINH);
        RECIPROCALS.put(S.Coth, MathFunction.TANH);
    }

    private final Variables variables;

    private TreeExporter(Variables variables) {
        this.variables = variables;
    }

    /**
     * The tree of {@code expr}.
     *
     * @param expr      an evaluated expression in the given variables
     * @param variables the only symbols allowed besides π and e
     * @throws IllegalArgumentException naming the first head or symbol that is not whitelisted
     */
    public static Expr export(Sym expr, Variables variables) {
        return new TreeExporter(variables).convert(expr.expr());
    }

    /** The trees of several expressions over the same variables. */
    public static List<Expr> exportAll(List<Sym> exprs, Variables variables) {
        TreeExporter exporter = new TreeExporter(variables);
        List<Expr> out = new ArrayList<>(exprs.size());
        for (Sym s : exprs) {
            out.add(exporter.convert(s.expr()));
        }
        return out;
    }

    /** Whether Symja has a one-argument function with this head that the exporter accepts. */
    static boolean isWhitelistedFunction(IExpr head) {
        return FUNCTIONS.containsKey(head) || RECIPROCALS.containsKey(head);
    }

    private Expr convert(IExpr e) {
        if (e.isReal()) {
            return new Constant(((IReal) e).doubleValue());
        }
        if (e.isSymbol()) {
            return symbol(e);
        }
        if (!e.isAST()) {
            throw reject("unsupported atom", e);
        }
        IAST ast = (IAST) e;
        IExpr head = ast.head();
        if (ast.isPlus()) {
            return new Sum(convertArgs(ast));
        }
        if (ast.isTimes()) {
            return new Product(convertArgs(ast));
        }
        if (ast.isPower()) {
            return power(ast.arg1(), ast.arg2());
        }
        if (ast.argSize() == 1 && FUNCTIONS.containsKey(head)) {
            return new Call(FUNCTIONS.get(head), convert(ast.arg1()));
        }
        if (ast.argSize() == 1 && RECIPROCALS.containsKey(head)) {
            return new IntegerPower(new Call(RECIPROCALS.get(head), convert(ast.arg1())), -1);
        }
        if (ast.argSize() == 1 && head == S.Re) {
            // Symja's evaluation introduces Re, e.g. Abs(E^x) -> E^Re(x); every variable is real here
            return convert(ast.arg1());
        }
        throw reject("unsupported head '" + abbreviate(head) + "'", e);
    }

    private Expr symbol(IExpr e) {
        if (e.isE()) {
            return new Constant(Math.E);
        }
        if (e.isPi()) {
            return new Constant(Math.PI);
        }
        String name = variables.nameOf(e);
        if (name == null) {
            throw new IllegalArgumentException("unknown symbol '" + e + "': not one of the variables "
                    + variables.abbreviated());
        }
        return new Variable(name);
    }

    private List<Expr> convertArgs(IAST ast) {
        List<Expr> args = new ArrayList<>(ast.argSize());
        for (int i = 1; i <= ast.argSize(); i++) {
            args.add(convert(ast.get(i)));
        }
        return args;
    }

    private Expr power(IExpr base, IExpr exponent) {
        if (base.isE()) {
            return new Call(MathFunction.EXP, convert(exponent));
        }
        if (exponent.isInteger()) {
            int n = exponent.toIntDefault();
            if (n == Integer.MIN_VALUE) {
                throw reject("integer exponent out of range", exponent);
            }
            return integerPower(convert(base), n);
        }
        if (exponent.isFraction() && ((IRational) exponent).denominator().toIntDefault() == 2) {
            int k = ((IRational) exponent).numerator().toIntDefault();
            if (k != Integer.MIN_VALUE) {
                return integerPower(new Call(MathFunction.SQRT, convert(base)), k);
            }
        }
        return new RealPower(convert(base), convert(exponent));
    }

    private static Expr integerPower(Expr base, int n) {
        return switch (n) {
            case 0 -> new Constant(1.0);
            case 1 -> base;
            default -> new IntegerPower(base, n);
        };
    }

    private static IllegalArgumentException reject(String what, IExpr e) {
        return new IllegalArgumentException(what + " in '" + abbreviate(e)
                + "': only numbers, the declared variables, +, *, ^ and whitelisted elementary functions "
                + "can be compiled");
    }

    private static String abbreviate(IExpr e) {
        return abbreviate(e.toString());
    }

    /** At most 80 characters of {@code s}, for error messages. */
    static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
