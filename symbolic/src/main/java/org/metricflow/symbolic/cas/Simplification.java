package org.metricflow.symbolic.cas;

import java.util.function.UnaryOperator;

/**
 * How intermediate results of a derivation are normalised. Measured trade-offs are in docs/conventions.md ("Symbolic
 * conventions").
 *
 * <p>Symja's own {@code Together}/{@code Cancel} are not used: in Symja 3.0.0 both return wrong results for
 * multivariate rational functions, e.g. {@code Cancel(a/(a^2-b*d)^2)} gives {@code 1/(a^3-2*a*b*d)} (pinned by
 * {@code SymjaDefectsTest}); {@link #RATIONAL} is computed with JAS instead. Identities are decided by exact
 * evaluation at random rational points ({@link ZeroTest}).
 */
public enum Simplification {
    /** Only Symja's automatic evaluation (collects like terms and powers). */
    NONE(s -> s),
    /** Multiply out products and powers ({@code Expand}). */
    EXPAND(Sym::expand),
    /**
     * One reduced fraction numerator/denominator over the atoms of the expression (see {@link Sym#rational()}):
     * the default. Exact, canonical for rational functions of the jets, and the smallest for curvature.
     */
    RATIONAL(Sym::rational),
    /** Symja's {@code Simplify}: needed for trigonometric metrics such as round spheres; slowest. */
    SIMPLIFY(Sym::simplify);

    private final UnaryOperator<Sym> operation;

    Simplification(UnaryOperator<Sym> operation) {
        this.operation = operation;
    }

    /** The normalised expression. */
    public Sym apply(Sym expression) {
        return operation.apply(expression);
    }
}
