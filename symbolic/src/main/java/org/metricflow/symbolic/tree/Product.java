package org.metricflow.symbolic.tree;

import java.util.List;

/**
 * f₁ · f₂ · … (a quotient is a product with a factor raised to a negative power).
 *
 * @param factors at least two factors
 */
public record Product(List<Expr> factors) implements Expr {

    public Product {
        factors = List.copyOf(factors);
        if (factors.size() < 2) {
            throw new IllegalArgumentException("a product needs at least two factors, got " + factors.size());
        }
    }
}
