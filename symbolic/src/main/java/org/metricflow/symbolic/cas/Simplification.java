package org.metricflow.symbolic.cas;

import java.util.function.UnaryOperator;

/**
 * How intermediate results of a derivation are normalised. Measured trade-offs are in the README ("Symbolic
 * conventions").
 *
 * <p>There is deliberately no rational normal form ({@code Together}/{@code Cancel}): in Symja 3.0.0 both return
 * wrong results for multivariate rational functions, e.g. {@code Together(a*((b*c-d*e)*p/(a^2-b*d)^2 +
 * q/(a^2-b*d)))} has the denominator {@code (a^2-b*d)*(a^3-2*a*b*d)} (pinned by {@code SymjaDefectsTest}).
 * Identities are therefore decided by exact evaluation at random rational points ({@link ZeroTest}), never by
 * normalising to zero.
 */
public enum Simplification {
    /** Only Symja's automatic evaluation (collects like terms and powers). */
    NONE(s -> s),
    /** Multiply out products and powers ({@code Expand}): the default; smaller and exact. */
    EXPAND(Sym::expand),
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
