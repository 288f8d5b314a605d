package org.metricflow.symbolic.cas;

import java.util.List;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IASTAppendable;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.INumber;
import org.matheclipse.core.interfaces.IReal;

/**
 * Symja's own numeric evaluation of expressions at a point: substitute machine numbers for the variables, apply
 * {@code N}, read off a double. This is the reference the generated code is tested against, and the slow path the
 * code generator replaces. Results that are not real (a complex value with non-zero imaginary part,
 * {@code Indeterminate}, {@code ComplexInfinity}) are NaN, matching {@link Math} on the same input; real infinities are
 * kept. Not for hot loops. Use it on the thread that built the expressions and the {@link Variables} (Symja's user
 * symbols are per-thread).
 */
public final class SymjaNumeric {

    private final List<Sym> exprs;
    private final Variables variables;

    /** Evaluator of {@code exprs}, whose symbols are among {@code variables}. */
    public SymjaNumeric(List<Sym> exprs, Variables variables) {
        this.exprs = List.copyOf(exprs);
        this.variables = variables;
    }

    /** Number of expressions. */
    public int outputs() {
        return exprs.size();
    }

    /**
     * Evaluates every expression at one point.
     *
     * @param point value of each variable, in the order of {@link Variables#names()} (not modified)
     * @param out   receives the values, length ≥ {@link #outputs()} (modified)
     */
    public void evaluate(double[] point, double[] out) {
        if (point.length != variables.size()) {
            throw new IllegalArgumentException("point has " + point.length + " values, expected "
                    + variables.size() + " (one per variable)");
        }
        IASTAppendable rules = F.ListAlloc(point.length);
        List<Sym> symbols = variables.symbols();
        for (int i = 0; i < point.length; i++) {
            rules.append(F.Rule(symbols.get(i).expr(), F.num(point[i])));
        }
        for (int k = 0; k < exprs.size(); k++) {
            out[k] = toDouble(Sym.evaluator().eval(F.N(F.ReplaceAll(exprs.get(k).expr(), rules))));
        }
    }

    private static double toDouble(IExpr r) {
        if (r.isReal()) {
            return ((IReal) r).doubleValue();
        }
        if (r.isNumber()) {
            INumber z = (INumber) r;
            return z.imDoubleValue() == 0.0 ? z.reDoubleValue() : Double.NaN;
        }
        if (r.isInfinity()) {
            return Double.POSITIVE_INFINITY;
        }
        if (r.isNegativeInfinity()) {
            return Double.NEGATIVE_INFINITY;
        }
        return Double.NaN;
    }
}
