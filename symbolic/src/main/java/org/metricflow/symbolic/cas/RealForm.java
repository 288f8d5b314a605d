package org.metricflow.symbolic.cas;

import java.util.Map;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;

/**
 * The real form of an expression that is real-valued but written with complex coefficients, such as a Kähler
 * velocity in Wirtinger jets after ∂_z = ½(∂_x − i∂_y), ∂_z̄ = ½(∂_x + i∂_y) have been substituted: every rational
 * part is brought to numerator/denominator and each is multiplied out ({@code Expand}, where i² = −1 cancels the
 * imaginary parts of products of conjugates); arguments of functions (ln, √, …) are treated the same way
 * recursively. Denominators keep their factored form (each factor expanded on its own).
 */
final class RealForm {

    private RealForm() {
    }

    /**
     * Substitutes {@code rules} simultaneously and returns the real form.
     *
     * @throws IllegalStateException when an imaginary part survives (the expression was not real, or its rational
     *                               parts are not a single fraction of real polynomials)
     */
    static Sym of(Sym expression, Map<Sym, Sym> rules) {
        IExpr real = Sym.evaluator().eval(real(expression.substitute(rules).expr()));
        if (real.has(e -> e.isComplex() || e.isComplexNumeric(), true)) {
            throw new IllegalStateException("imaginary part left in the real form of " + expression.toInputForm()
                    + ": " + real);
        }
        return new Sym(real);
    }

    private static boolean rational(IExpr e) {
        return e.isPlus() || e.isTimes() || e.isPower() && e.exponent().isInteger();
    }

    private static IExpr real(IExpr e) {
        if (!e.isAST()) {
            return e;
        }
        if (!rational(e)) {
            return Sym.evaluator().eval(((IAST) e).map(RealForm::real, 1));
        }
        IExpr inner = Sym.evaluator().eval(functionsReal(e));
        IExpr num = Sym.evaluator().eval(F.Expand(F.Numerator(inner)));
        IExpr den = Sym.evaluator().eval(F.Denominator(inner));
        return Sym.evaluator().eval(F.Divide(num, expandFactors(den)));
    }

    /** The rational skeleton of {@code e} with every function call replaced by its real form. */
    private static IExpr functionsReal(IExpr e) {
        if (!e.isAST()) {
            return e;
        }
        return rational(e) ? ((IAST) e).map(RealForm::functionsReal, 1) : real(e);
    }

    private static IExpr expandFactors(IExpr den) {
        if (den.isTimes()) {
            return ((IAST) den).map(RealForm::expandFactors, 1);
        }
        if (den.isPower()) {
            return F.Power(F.Expand(den.base()), den.exponent());
        }
        return F.Expand(den);
    }
}
