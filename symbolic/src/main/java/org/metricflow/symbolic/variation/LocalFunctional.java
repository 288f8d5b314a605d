package org.metricflow.symbolic.variation;

import java.util.List;
import java.util.Objects;
import org.metricflow.symbolic.cas.Sym;
import org.metricflow.symbolic.geometry.Chart;

/**
 * A local functional F[fields] = ∫ L(x, fields, ∂fields, ∂²fields, …) dμ on a chart, in function form: fields are
 * unknown functions of all coordinates ({@code phi(x,y)}) and their derivatives are Symja derivatives.
 *
 * @param name    for output
 * @param chart   the coordinates
 * @param fields  the names of the fields F depends on (the metric components are fields {@code g11}, {@code g12}, …)
 * @param density the Lagrangian density L
 * @param measure the measure μ
 */
public record LocalFunctional(String name, Chart chart, List<String> fields, Sym density, Measure measure) {

    public LocalFunctional {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(chart, "chart");
        Objects.requireNonNull(density, "density");
        Objects.requireNonNull(measure, "measure");
        fields = List.copyOf(fields);
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("a functional needs at least one field");
        }
    }

    /** The integrand with respect to dx: L · (density of μ). */
    public Sym integrand() {
        return density.times(measure.density());
    }

    /** The integrand in jet variables. */
    public JetExpression integrandJet() {
        return JetExpression.of(integrand(), chart, fields);
    }
}
