package org.metricflow.symbolic.functionals;

import java.util.Objects;
import org.metricflow.symbolic.cas.Sym;

/**
 * One component of a derived equation: {@code lhs = value}.
 *
 * @param lhs   the left-hand side as plain text, e.g. {@code "dg12/dt"} or {@code "dF/dphi"}
 * @param value the right-hand side in function form (fields are functions of the chart coordinates)
 */
public record Component(String lhs, Sym value) {

    public Component {
        Objects.requireNonNull(lhs, "lhs");
        Objects.requireNonNull(value, "value");
    }
}
