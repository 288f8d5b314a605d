package org.metricflow.flows;

import java.util.List;
import java.util.Objects;
import org.metricflow.symbolic.codegen.CompiledFunction;

/**
 * A {@link CompiledFunction} written directly in Java: for test problems with known solutions, stand-ins until
 * generated code is available, and user-defined local terms. The flows of the paper use generated code instead
 * (no curvature formula is typed by hand in this module).
 *
 * @param inputNames  names of the inputs (jet variables), in slot order
 * @param outputNames names of the outputs, in slot order
 * @param body        the map; must be stateless and thread-safe
 * @param description what the function computes, returned by {@link #source()}
 */
public record JavaFunction(List<String> inputNames, List<String> outputNames, Body body, String description)
        implements CompiledFunction {

    /** The map at one point: read {@code in[inOffset ..]}, write {@code out[outOffset ..]}. */
    @FunctionalInterface
    public interface Body {
        void evaluate(double[] in, int inOffset, double[] out, int outOffset);
    }

    public JavaFunction {
        inputNames = List.copyOf(inputNames);
        outputNames = List.copyOf(outputNames);
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(description, "description");
        if (outputNames.isEmpty()) {
            throw new IllegalArgumentException("a function needs at least one output");
        }
    }

    @Override
    public void evaluate(double[] in, int inOffset, double[] out, int outOffset) {
        body.evaluate(in, inOffset, out, outOffset);
    }

    @Override
    public String source() {
        return "// hand-written Java: " + description;
    }
}
