package org.metricflow.symbolic.cas;

import java.util.function.UnaryOperator;

/**
 * How intermediate results of a derivation are normalised. Curvature and Euler–Lagrange expressions are rational
 * functions of the field jets (times exponentials and square roots of determinants), so a rational normal form keeps
 * them small and makes cancellations exact; full {@code Simplify} also knows trigonometric identities but is slower.
 * Measured trade-offs are in the README ("Symbolic conventions").
 */
public enum Simplification {
    /** Only Symja's automatic evaluation (collects like terms and powers). */
    NONE(s -> s),
    /** Multiply out products and powers ({@code Expand}). */
    EXPAND(Sym::expand),
    /** One fraction over a common denominator ({@code Together}): the default. */
    TOGETHER(Sym::together),
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
