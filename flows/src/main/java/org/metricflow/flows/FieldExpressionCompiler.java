package org.metricflow.flows;

import java.util.List;
import java.util.ServiceLoader;
import org.metricflow.symbolic.codegen.CompiledFunction;

/**
 * Service interface: turns a user's expression for an initial field (e.g. {@code 0.1*cos(x) + sin(y)^2}) into a
 * {@link CompiledFunction} of the coordinates (one output). Provided by the symbolic layer's whitelisted parser and
 * code generator; listed in {@code META-INF/services/org.metricflow.flows.FieldExpressionCompiler}.
 */
public interface FieldExpressionCompiler {

    /**
     * @param expression  the expression text
     * @param coordinates the coordinate names it may use, in input order (e.g. x, y, z)
     * @return a function with inputs {@code coordinates} and one output
     * @throws IllegalArgumentException for a syntax error or a symbol that is neither a coordinate nor a
     *                                  whitelisted function or constant (the message names it)
     */
    CompiledFunction compile(String expression, List<String> coordinates);

    /**
     * The first registered compiler.
     *
     * @throws IllegalArgumentException when none is registered (the symbolic layer is not wired)
     */
    static FieldExpressionCompiler load() {
        return ServiceLoader.load(FieldExpressionCompiler.class).findFirst().orElseThrow(() ->
                new IllegalArgumentException("initial-field expressions need the symbolic layer's expression "
                        + "compiler, which is not in this build (register a " + FieldExpressionCompiler.class.getName()
                        + ")"));
    }
}
