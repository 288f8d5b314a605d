package org.metricflow.symbolic.codegen;

import java.util.List;
import org.metricflow.symbolic.cas.Sym;
import org.metricflow.symbolic.cas.TreeExporter;
import org.metricflow.symbolic.cas.Variables;

/**
 * Compiles expressions to JVM code at run time: {@link Sym} → whitelisted tree ({@link TreeExporter}) → Java source
 * with common subexpressions shared across all outputs ({@link #javaSource}) → Janino → {@link CompiledFunction}.
 * Compiled classes are cached by the hash of their source.
 *
 * <pre>{@code
 * Variables v = Variables.of(List.of("x", "y"));
 * CompiledFunction f = Codegen.compile(List.of(Sym.parse("Sin(x)*E^y")), List.of("f"), v);
 * double[] out = new double[1];
 * f.evaluate(new double[] {0.5, 1.0}, 0, out, 0);   // out[0] = sin(0.5)·e
 * }</pre>
 */
public final class Codegen {

    private Codegen() {
    }

    /**
     * The definition of a function with inputs {@code variables} (slot order) and one output per expression.
     *
     * @throws IllegalArgumentException when an expression has a non-whitelisted head or an unknown symbol, or the
     *                                  names are not unique identifiers
     */
    public static FunctionDefinition define(List<Sym> exprs, List<String> outputNames, Variables variables) {
        return new FunctionDefinition(variables.names(), outputNames, TreeExporter.exportAll(exprs, variables));
    }

    /** The Java source that {@link #compile(FunctionDefinition)} compiles (what {@code --format java} prints). */
    public static String javaSource(FunctionDefinition definition) {
        return JavaEmitter.emit(definition);
    }

    /** The Java source of {@link #define}{@code (exprs, outputNames, variables)}. */
    public static String javaSource(List<Sym> exprs, List<String> outputNames, Variables variables) {
        return javaSource(define(exprs, outputNames, variables));
    }

    /** Generates, compiles (or reuses from the cache) and instantiates the code of {@code definition}. */
    public static CompiledFunction compile(FunctionDefinition definition) {
        return RuntimeCompiler.instantiate(javaSource(definition), definition.inputs(), definition.outputNames());
    }

    /** Compiles {@link #define}{@code (exprs, outputNames, variables)}. */
    public static CompiledFunction compile(List<Sym> exprs, List<String> outputNames, Variables variables) {
        return compile(define(exprs, outputNames, variables));
    }
}
