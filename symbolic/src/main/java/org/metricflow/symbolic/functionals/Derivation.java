package org.metricflow.symbolic.functionals;

import java.util.List;
import java.util.Objects;
import org.metricflow.symbolic.geometry.Chart;
import org.metricflow.symbolic.variation.JetExpression;

/**
 * The output of a named derivation ({@code metricflow derive flow NAME}): conventions and derived equations on a
 * chart, whose fields are functions of the chart coordinates.
 *
 * @param name        e.g. {@code "perelman"}
 * @param title       one line
 * @param chart       the coordinates
 * @param fields      the fields the equations depend on (jet variables refer to these)
 * @param conventions the conventions in force, one sentence each
 * @param equations   the results
 */
public record Derivation(String name, String title, Chart chart, List<String> fields, List<String> conventions,
                         List<DerivedEquation> equations) {

    public Derivation {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(chart, "chart");
        fields = List.copyOf(fields);
        conventions = List.copyOf(conventions);
        equations = List.copyOf(equations);
    }

    /** A component in jet variables (the form generated code consumes). */
    public JetExpression jet(Component c) {
        return JetExpression.of(c.value(), chart, fields);
    }

    /** The equation with the given id. */
    public DerivedEquation equation(String id) {
        return equations.stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow(
                () -> new IllegalArgumentException("no equation '" + id + "' in " + name + "; have "
                        + equations.stream().map(DerivedEquation::id).toList()));
    }
}
