package org.metricflow.flows;

import java.util.List;
import org.metricflow.symbolic.cas.SafeParser;
import org.metricflow.symbolic.cas.Sym;
import org.metricflow.symbolic.cas.Variables;
import org.metricflow.symbolic.codegen.Codegen;
import org.metricflow.symbolic.codegen.CompiledFunction;

/**
 * The registered {@link FieldExpressionCompiler}: the symbolic layer's whitelisted {@link SafeParser} (only numbers,
 * π, e, the coordinates, + − × / ^ and elementary functions such as {@code cos}, {@code exp}, {@code sqrt}) followed
 * by the code generator. The compiled function has the coordinates as inputs, in the given order, and one output
 * {@code value}.
 */
public final class SymbolicFieldExpressions implements FieldExpressionCompiler {

    @Override
    public CompiledFunction compile(String expression, List<String> coordinates) {
        Variables variables = Variables.of(coordinates);
        Sym parsed = new SafeParser(variables).parse(expression);
        return Codegen.compile(List.of(parsed), List.of("value"), variables);
    }
}
