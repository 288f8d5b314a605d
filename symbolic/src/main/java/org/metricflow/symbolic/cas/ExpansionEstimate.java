package org.metricflow.symbolic.cas;

import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;

/**
 * An upper estimate of the number of terms of an expression once every integer power of a sum and every product of
 * sums is multiplied out — the work a derivation's expansion does. A sum of k terms raised to the power n expands to
 * C(n+k−1, k−1) monomials (negative powers count like positive ones: the rational normal form expands the
 * denominator too); products multiply, sums add; the argument of a function or of a non-integer power is expanded
 * on its own, so the estimate is the largest over all subexpressions. Computed on the unevaluated parse tree, in
 * doubles (it may be infinite).
 */
final class ExpansionEstimate {

    private ExpansionEstimate() {
    }

    /** The largest expanded size of {@code e} or of any of its subexpressions. */
    static double terms(IExpr e) {
        double[] largest = {1};
        double top = size(e, largest);
        return Math.max(top, largest[0]);
    }

    private static double size(IExpr e, double[] largest) {
        if (!e.isAST()) {
            return 1;
        }
        IAST ast = (IAST) e;
        double result;
        if (ast.isPlus()) {
            result = 0;
            for (int i = 1; i <= ast.argSize(); i++) {
                result += size(ast.get(i), largest);
            }
        } else if (ast.isTimes() || ast.isList()) {
            result = ast.isList() ? 0 : 1;
            for (int i = 1; i <= ast.argSize(); i++) {
                double s = size(ast.get(i), largest);
                result = ast.isList() ? Math.max(result, s) : result * s;
            }
        } else if (ast.isPower() && ast.arg2().isInteger()) {
            double base = size(ast.arg1(), largest);
            int n = Math.abs(ast.arg2().toIntDefault(Integer.MAX_VALUE));
            result = binomial(n + base - 1, Math.min(n, base - 1));
        } else {
            for (int i = 1; i <= ast.argSize(); i++) {
                size(ast.get(i), largest);
            }
            result = 1;
        }
        largest[0] = Math.max(largest[0], result);
        return result;
    }

    /** C(n, k) in doubles, k ≤ n (both may be large; the result saturates at infinity). */
    private static double binomial(double n, double k) {
        double c = 1;
        for (int i = 1; i <= k && Double.isFinite(c); i++) {
            c = c * (n - k + i) / i;
        }
        return c;
    }
}
