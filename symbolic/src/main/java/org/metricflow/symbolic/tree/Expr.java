package org.metricflow.symbolic.tree;

/**
 * A node of a real-valued expression tree: a {@link Constant}, a {@link Variable}, a {@link Sum}, a {@link Product},
 * an {@link IntegerPower}, a {@link RealPower} or a {@link Call} of a whitelisted function.
 */
public sealed interface Expr permits Constant, Variable, Sum, Product, IntegerPower, RealPower, Call {
}
