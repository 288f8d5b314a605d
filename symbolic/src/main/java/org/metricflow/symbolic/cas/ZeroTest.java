package org.metricflow.symbolic.cas;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.hipparchus.random.RandomGenerator;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IASTAppendable;
import org.matheclipse.core.interfaces.IExpr;

/**
 * Decides whether an expression vanishes identically by exact evaluation at random rational points (the
 * Schwartz–Zippel test): every <em>atom</em> — a free symbol, a field {@code u(x,y)} or a field derivative
 * {@code Derivative(1,0)[u][x,y]} — is replaced by an independent random rational in [1/2, 5/2] and the result is
 * evaluated in exact arithmetic. A non-zero rational function vanishes at such a point with probability at most
 * (degree)/(number of rationals), so a few points decide the identity; a single non-zero value disproves it.
 *
 * <p>Exponentials and roots of rational numbers (from e^{−φ} and √det g) stay exact algebraic numbers; when Symja's
 * normal form for them is not literally zero, the value is evaluated to {@value #DIGITS} significant digits and
 * compared with 10^−(DIGITS−10) times the size of the largest term.
 */
public final class ZeroTest {

    /** Working precision, in decimal digits, of the numeric fallback. */
    public static final int DIGITS = 50;

    private ZeroTest() {
    }

    /**
     * Whether {@code expression} is zero at {@code points} random rational points.
     *
     * @param rng    source of the points (seeded by the caller)
     * @param points number of points, ≥ 1
     */
    public static boolean vanishes(Sym expression, RandomGenerator rng, int points) {
        if (points < 1) {
            throw new IllegalArgumentException("points must be >= 1, got " + points);
        }
        Set<IExpr> atoms = new LinkedHashSet<>();
        collectAtoms(expression.expr(), atoms);
        for (int p = 0; p < points; p++) {
            Map<IExpr, IExpr> values = new LinkedHashMap<>();
            for (IExpr atom : atoms) {
                int q = 2 + rng.nextInt(96);
                values.put(atom, F.QQ(q / 2 + rng.nextInt(2 * q + 1), q));
            }
            if (!vanishesAt(expression.expr(), values)) {
                return false;
            }
        }
        return true;
    }

    private static boolean vanishesAt(IExpr e, Map<IExpr, IExpr> values) {
        IASTAppendable rules = F.ListAlloc(values.size());
        values.forEach((k, v) -> rules.append(F.Rule(k, v)));
        IExpr value = Sym.evaluator().eval(F.ReplaceAll(e, rules));
        if (value.isZero()) {
            return true;
        }
        IExpr expanded = Sym.evaluator().eval(F.Expand(value));
        if (expanded.isZero()) {
            return true;
        }
        double scale = 1;
        if (expanded.isPlus()) {
            for (IExpr term : (IAST) expanded) {
                scale = Math.max(scale, Math.abs(Sym.evaluator().eval(F.N(F.Abs(term))).evalf()));
            }
        }
        IExpr n = Sym.evaluator().eval(F.N(F.Abs(expanded), F.ZZ(DIGITS)));
        return n.isNumber() && n.evalf() <= scale * Math.pow(10, -(DIGITS - 10));
    }

    private static void collectAtoms(IExpr e, Set<IExpr> atoms) {
        if (e.isSymbol()) {
            if (!e.isBuiltInSymbol()) {
                atoms.add(e);
            }
            return;
        }
        if (!e.isAST()) {
            return;
        }
        IAST ast = (IAST) e;
        IExpr head = ast.head();
        boolean field = head.isSymbol() && !head.isBuiltInSymbol();
        boolean derivative = head.isAST() && ((IAST) head).head().isAST()
                && ((IAST) ((IAST) head).head()).head().equals(S.Derivative);
        if (field || derivative) {
            atoms.add(ast);
            return;
        }
        ast.forEach(a -> collectAtoms(a, atoms));
    }
}
