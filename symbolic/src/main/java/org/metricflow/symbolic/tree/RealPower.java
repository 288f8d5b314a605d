package org.metricflow.symbolic.tree;

import java.util.Objects;

/**
 * base^exponent for a non-integer or non-constant exponent, with {@link Math#pow} semantics (NaN for a negative
 * base and a non-integer exponent, where the complex-valued result has no real meaning).
 *
 * @param base     the base
 * @param exponent the exponent
 */
public record RealPower(Expr base, Expr exponent) implements Expr {

    public RealPower {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(exponent, "exponent");
    }
}
