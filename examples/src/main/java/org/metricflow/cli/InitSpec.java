package org.metricflow.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.metricflow.flows.FlowDefinition;
import org.metricflow.flows.InitialFields;
import org.metricflow.flows.SymbolicFieldExpressions;
import org.metricflow.symbolic.codegen.CompiledFunction;

/**
 * The {@code --init} option of {@code flow}: assignments {@code name=expression} separated by {@code ;}. Names are
 * fields of the flow (g11, g12, …, phi) or, for flows of a real metric, {@code u} for the conformal metric
 * g = e^{2u}δ (sets every diagonal component). Coordinates: x (T¹); x, y (T², C); x, y, z (T³); x1, x2, y1, y2
 * (C², z_a = x_a + i y_a). Unassigned fields start flat.
 */
final class InitSpec {

    private InitSpec() {
    }

    /** Coordinate names of the torus of real dimension d. */
    static List<String> coordinates(int d, boolean kahler) {
        if (kahler && d == 4) {
            return List.of("x1", "x2", "y1", "y2");
        }
        return List.of("x", "y", "z").subList(0, d);
    }

    /**
     * Parses and compiles the assignments (compiling only when there are any).
     *
     * @throws IllegalArgumentException for a malformed assignment, an unknown or repeated name, or an expression the
     *                                  compiler rejects
     */
    static InitialFields parse(String text, FlowDefinition definition, boolean kahler) {
        Map<String, String> assignments = new LinkedHashMap<>();
        for (String part : text.split(";")) {
            String a = part.trim();
            if (a.isEmpty()) {
                continue;
            }
            int eq = a.indexOf('=');
            if (eq <= 0 || eq == a.length() - 1) {
                throw new IllegalArgumentException("--init assignment must be name=expression, got '" + a + "'");
            }
            String name = a.substring(0, eq).trim();
            if (assignments.put(name, a.substring(eq + 1).trim()) != null) {
                throw new IllegalArgumentException("--init assigns '" + name + "' twice");
            }
        }
        List<String> fields = definition.jets().fields();
        boolean metricFields = fields.contains("g11");
        List<String> allowed = new ArrayList<>(fields);
        if (metricFields) {
            allowed.add("u");
        }
        for (String name : assignments.keySet()) {
            if (!allowed.contains(name)) {
                throw new IllegalArgumentException("--init: unknown field '" + name + "'; the " + definition.name()
                        + " flow has " + allowed);
            }
        }
        int d = definition.jets().dimension();
        if (assignments.containsKey("u")) {
            for (int i = 1; i <= d; i++) {
                if (assignments.containsKey("g" + i + i)) {
                    throw new IllegalArgumentException("--init: u sets the diagonal components; do not also assign g"
                            + i + i);
                }
            }
        }
        InitialFields initial = InitialFields.flat(definition);
        if (assignments.isEmpty()) {
            return initial;
        }
        SymbolicFieldExpressions compiler = new SymbolicFieldExpressions();
        List<String> coords = coordinates(d, kahler);
        for (var e : assignments.entrySet()) {
            ToDoubleFunction<double[]> f = function(compiler, e.getValue(), coords);
            requirePeriodic(f, e.getKey(), e.getValue(), coords);
            if (e.getKey().equals("u")) {
                for (int i = 1; i <= d; i++) {
                    initial = initial.with("g" + i + i, x -> Math.exp(2 * f.applyAsDouble(x)));
                }
            } else {
                initial = initial.with(e.getKey(), f);
            }
        }
        return initial;
    }

    /**
     * Refuses a field that is not 2π-periodic in every coordinate (compared at a few fixed points; the torus has
     * period 2π on every axis), instead of silently making it periodic on the grid.
     */
    private static void requirePeriodic(ToDoubleFunction<double[]> f, String name, String expression,
                                        List<String> coords) {
        int d = coords.size();
        for (int p = 0; p < 4; p++) {
            double[] x = new double[d];
            for (int a = 0; a < d; a++) {
                x[a] = 2 * Math.PI * ((0.6180339887 * (p * d + a + 1)) % 1);
            }
            double value = f.applyAsDouble(x);
            for (int a = 0; a < d; a++) {
                double[] shifted = x.clone();
                shifted[a] += 2 * Math.PI;
                double jump = f.applyAsDouble(shifted) - value;
                if (!(Math.abs(jump) <= 1e-9 * (1 + Math.abs(value)))) {
                    throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, "--init: %s=%s is not "
                            + "2π-periodic in %s (it changes by %.4g over one period): fields on the torus must be "
                            + "periodic in every coordinate", name, expression, coords.get(a), jump));
                }
            }
        }
    }

    private static ToDoubleFunction<double[]> function(SymbolicFieldExpressions compiler, String expression,
                                                       List<String> coords) {
        CompiledFunction f = compiler.compile(expression, coords);
        if (f.outputs() != 1 || !f.inputNames().equals(coords)) {
            throw new IllegalArgumentException("--init: expression '" + expression + "' compiled to inputs "
                    + f.inputNames() + " and " + f.outputs() + " outputs; expected inputs " + coords + ", one output");
        }
        double[] out = new double[1];
        return x -> {
            f.evaluate(x, 0, out, 0);
            return out[0];
        };
    }
}
