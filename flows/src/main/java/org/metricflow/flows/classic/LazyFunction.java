package org.metricflow.flows.classic;

import java.util.List;
import java.util.function.Supplier;
import org.metricflow.symbolic.codegen.CompiledFunction;

/**
 * A {@link CompiledFunction} whose derivation and compilation are deferred to its first evaluation (for generated
 * code that is expensive to derive and often not needed, such as the jet gradient of a 3D loss density). The
 * supplier must derive everything itself, on whichever thread first needs it (Symja symbols are per thread).
 * Thread-safe.
 */
final class LazyFunction implements CompiledFunction {

    private final List<String> inputNames;
    private final List<String> outputNames;
    private final Supplier<CompiledFunction> compiler;
    private volatile CompiledFunction compiled;

    /**
     * @param compiler produces the function; its input and output names must be the given ones
     */
    LazyFunction(List<String> inputNames, List<String> outputNames, Supplier<CompiledFunction> compiler) {
        this.inputNames = List.copyOf(inputNames);
        this.outputNames = List.copyOf(outputNames);
        this.compiler = compiler;
    }

    private CompiledFunction get() {
        CompiledFunction f = compiled;
        if (f == null) {
            synchronized (this) {
                f = compiled;
                if (f == null) {
                    f = compiler.get();
                    if (!f.inputNames().equals(inputNames) || !f.outputNames().equals(outputNames)) {
                        throw new IllegalStateException("deferred function compiled to inputs " + f.inputNames()
                                + " and outputs " + f.outputNames() + ", announced " + inputNames + " and "
                                + outputNames);
                    }
                    compiled = f;
                }
            }
        }
        return f;
    }

    @Override
    public List<String> inputNames() {
        return inputNames;
    }

    @Override
    public List<String> outputNames() {
        return outputNames;
    }

    @Override
    public void evaluate(double[] in, int inOffset, double[] out, int outOffset) {
        get().evaluate(in, inOffset, out, outOffset);
    }

    @Override
    public void evaluateBatch(double[] in, double[] out, int count) {
        get().evaluateBatch(in, out, count);
    }

    @Override
    public String source() {
        return get().source();
    }
}
