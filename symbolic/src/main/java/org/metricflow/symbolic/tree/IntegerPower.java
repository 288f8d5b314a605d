package org.metricflow.symbolic.tree;

import java.util.Objects;

/**
 * base^exponent with an integer exponent (negative exponents are reciprocals).
 *
 * @param base     the base
 * @param exponent any int other than 0 and 1 (those are folded away by the exporter)
 */
public record IntegerPower(Expr base, int exponent) implements Expr {

    public IntegerPower {
        Objects.requireNonNull(base, "base");
        if (exponent == 0 || exponent == 1) {
            throw new IllegalArgumentException("integer power exponent must not be 0 or 1, got " + exponent);
        }
    }
}
