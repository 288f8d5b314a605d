package org.metricflow.symbolic.codegen;

import java.util.List;

/**
 * A compiled map R^inputs → R^outputs on flat {@code double[]} arrays — the generated code of a local expression
 * (for example a loss density and its gradient with respect to the jet variables of a
 * {@link org.metricflow.symbolic.jet.JetSpace}, or the components of a flow velocity). Implementations are
 * stateless and thread-safe; hot loops call {@link #evaluate} or {@link #evaluateBatch} without allocation.
 */
public interface CompiledFunction {

    /** Names of the inputs, in slot order. */
    List<String> inputNames();

    /** Names of the outputs, in slot order. */
    List<String> outputNames();

    default int inputs() {
        return inputNames().size();
    }

    default int outputs() {
        return outputNames().size();
    }

    /**
     * Evaluates at one point.
     *
     * @param in        inputs at {@code in[inOffset .. inOffset + inputs())} (not modified)
     * @param inOffset  first input slot
     * @param out       receives the outputs at {@code out[outOffset .. outOffset + outputs())} (modified)
     * @param outOffset first output slot
     */
    void evaluate(double[] in, int inOffset, double[] out, int outOffset);

    /**
     * Evaluates at {@code count} points stored consecutively: point p reads {@code in[p*inputs() ..]} and writes
     * {@code out[p*outputs() ..]}.
     */
    default void evaluateBatch(double[] in, double[] out, int count) {
        int ni = inputs();
        int no = outputs();
        for (int p = 0; p < count; p++) {
            evaluate(in, p * ni, out, p * no);
        }
    }

    /** The generated Java source this function was compiled from. */
    String source();
}
