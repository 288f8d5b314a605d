package org.metricflow.flows;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.metricflow.flows.grid.TorusGrid;

/**
 * Builds the initial state of a local or kernel flow: every field sampled on the grid, field-major. Fields not
 * assigned default to the flat metric: diagonal metric components g_ii = 1, every other field (off-diagonal
 * components, dilaton, potentials, conformal factors) 0. Immutable; {@link #with} returns a copy.
 */
public final class InitialFields {

    private final FlowDefinition definition;
    private final Map<String, ToDoubleFunction<double[]>> assigned;

    private InitialFields(FlowDefinition definition, Map<String, ToDoubleFunction<double[]>> assigned) {
        this.definition = definition;
        this.assigned = Map.copyOf(assigned);
    }

    /** All fields at their defaults (the flat metric). */
    public static InitialFields flat(FlowDefinition definition) {
        return new InitialFields(definition, Map.of());
    }

    /**
     * A copy where {@code field} is given by {@code f} (which receives the d coordinates x_1..x_d ∈ [0, 2π)).
     *
     * @throws IllegalArgumentException for a name that is not a field of the flow
     */
    public InitialFields with(String field, ToDoubleFunction<double[]> f) {
        if (!definition.jets().fields().contains(field)) {
            throw new IllegalArgumentException("'" + field + "' is not a field of flow '" + definition.name()
                    + "'; its fields are " + definition.jets().fields());
        }
        Map<String, ToDoubleFunction<double[]>> copy = new LinkedHashMap<>(assigned);
        copy.put(field, f);
        return new InitialFields(definition, copy);
    }

    /** The function giving {@code field} (its default constant when unassigned). */
    public ToDoubleFunction<double[]> function(String field) {
        if (!definition.jets().fields().contains(field)) {
            throw new IllegalArgumentException("'" + field + "' is not a field of flow '" + definition.name() + "'");
        }
        ToDoubleFunction<double[]> f = assigned.get(field);
        double fallback = isDiagonalMetricComponent(field) ? 1.0 : 0.0;
        return f != null ? f : x -> fallback;
    }

    /** The state on {@code grid}: field k at point p in {@code y[k·N + p]}. */
    public double[] sample(TorusGrid grid) {
        if (grid.dimension() != definition.jets().dimension()) {
            throw new IllegalArgumentException("flow '" + definition.name() + "' lives on T^"
                    + definition.jets().dimension() + ", the grid is " + grid);
        }
        int n = grid.points();
        var fields = definition.jets().fields();
        double[] y = new double[fields.size() * n];
        for (int k = 0; k < fields.size(); k++) {
            String f = fields.get(k);
            System.arraycopy(grid.sample(function(f)), 0, y, k * n, n);
        }
        return y;
    }

    private static boolean isDiagonalMetricComponent(String f) {
        return f.matches("g[1-9][1-9]") && f.charAt(1) == f.charAt(2);
    }
}
