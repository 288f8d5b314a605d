package org.metricflow.symbolic.tree;

import java.util.List;

/**
 * t₁ + t₂ + … (a difference is a sum with a term multiplied by −1).
 *
 * @param terms at least two terms
 */
public record Sum(List<Expr> terms) implements Expr {

    public Sum {
        terms = List.copyOf(terms);
        if (terms.size() < 2) {
            throw new IllegalArgumentException("a sum needs at least two terms, got " + terms.size());
        }
    }
}
