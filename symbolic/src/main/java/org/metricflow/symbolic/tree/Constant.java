package org.metricflow.symbolic.tree;

/**
 * A real constant (integers, rationals and π, e are exported as their nearest double).
 *
 * @param value any double; non-finite values arise only from folding, e.g. log(0)
 */
public record Constant(double value) implements Expr {
}
