package org.metricflow.verification.claims.flows;

import java.util.List;
import org.metricflow.symbolic.codegen.CompiledFunction;

/**
 * A generated function with one output's sign reversed: the planted error of {@link PerelmanEntropyClaim} (the
 * dilaton equation ∂_tφ = +R + Δφ instead of −R − Δφ).
 *
 * @param function the generated function
 * @param output   index of the output whose sign is reversed
 */
record ReversedOutput(CompiledFunction function, int output) implements CompiledFunction {

    @Override
    public List<String> inputNames() {
        return function.inputNames();
    }

    @Override
    public List<String> outputNames() {
        return function.outputNames();
    }

    @Override
    public void evaluate(double[] in, int inOffset, double[] out, int outOffset) {
        function.evaluate(in, inOffset, out, outOffset);
        out[outOffset + output] = -out[outOffset + output];
    }

    @Override
    public String source() {
        return function.source() + "\n// output " + output + " negated (planted error)";
    }
}
