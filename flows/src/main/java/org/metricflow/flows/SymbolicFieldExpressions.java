package org.metricflow.flows;

import java.util.List;
import org.metricflow.symbolic.cas.SafeParser;
import org.metricflow.symbolic.cas.Sym;
import org.metricflow.symbolic.cas.Variables;
import org.metricflow.symbolic.codegen.Codegen;
import org.metricflow.symbolic.codegen.CompiledFunction;

/**
 * Turns a user's expression for an initial field (e.g. {@code 0.1*cos(x) + sin(y)^2}) into a {@link CompiledFunction}
 * of the coordinates: the symbolic layer's whitelisted {@link SafeParser} (only numbers, π, e, the coordinates,
 * + − × / ^ and elementary functions such as {@code cos}, {@code exp}, {@code sqrt}) followed by the code generator.
 * The compiled function has the coordinates as inputs, in the given order, and one output {@code value}.
 */
public final class SymbolicFieldExpressions {

    /**
     * @param expression  the expression text
     * @param coordinates the coordinate names it may use, in input order (e.g. x, y, z)
     * @return a function with inputs {@code coordinates} and one output
     * @throws IllegalArgumentException for a syntax error or a symbol that is neither a coordinate nor a
     *                                  whitelisted function or constant (the message names it)
     */
    public CompiledFunction compile(String expression, List<String> coordinates) {
        Variables variables = Variables.of(coordinates);
        Sym parsed = new SafeParser(variables).parse(expression);
        return Codegen.compile(List.of(parsed), List.of("value"), variables);
    }
}
