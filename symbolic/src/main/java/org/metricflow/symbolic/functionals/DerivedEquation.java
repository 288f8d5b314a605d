package org.metricflow.symbolic.functionals;

import java.util.List;
import java.util.Objects;

/**
 * A named result of a derivation, e.g. the gradient flow of the Perelman functional.
 *
 * @param id            stable kebab-case id, e.g. {@code "flow-velocity"}
 * @param paperEquation the paper's equation it corresponds to (e.g. {@code "(2.40)"}), or "" when not in the paper
 * @param statement     one sentence: what the components are, with index and sign conventions
 * @param components    the components, in index order
 */
public record DerivedEquation(String id, String paperEquation, String statement, List<Component> components) {

    public DerivedEquation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(paperEquation, "paperEquation");
        Objects.requireNonNull(statement, "statement");
        components = List.copyOf(components);
    }
}
