package org.metricflow.symbolic.tree;

import java.util.Objects;

/**
 * A whitelisted elementary function applied to one argument.
 *
 * @param function the function
 * @param argument its argument
 */
public record Call(MathFunction function, Expr argument) implements Expr {

    public Call {
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(argument, "argument");
    }
}
