package org.metricflow.cli;

import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.metricflow.flows.FieldExpressionCompiler;
import org.metricflow.flows.JavaFunction;
import org.metricflow.symbolic.codegen.CompiledFunction;

/** Test stand-in for the symbolic layer's expression compiler: a fixed table of expressions. */
public final class FixtureExpressions implements FieldExpressionCompiler {

    private static final Map<String, ToDoubleFunction<double[]>> TABLE = Map.of(
            "0.1*cos(x)", x -> 0.1 * Math.cos(x[0]),
            "0.1*cos(x)+0.05*sin(y)", x -> 0.1 * Math.cos(x[0]) + 0.05 * Math.sin(x[1]),
            "1+0.2*cos(x)", x -> 1 + 0.2 * Math.cos(x[0]),
            "2", x -> 2.0);

    @Override
    public CompiledFunction compile(String expression, List<String> coordinates) {
        ToDoubleFunction<double[]> f = TABLE.get(expression.replace(" ", ""));
        if (f == null) {
            throw new IllegalArgumentException("unknown symbol in '" + expression + "' (coordinates are "
                    + coordinates + ")");
        }
        return new JavaFunction(coordinates, List.of("value"), (in, o, out, oo) -> {
            double[] x = java.util.Arrays.copyOfRange(in, o, o + coordinates.size());
            out[oo] = f.applyAsDouble(x);
        }, expression);
    }
}
