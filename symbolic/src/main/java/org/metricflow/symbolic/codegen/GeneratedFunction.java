package org.metricflow.symbolic.codegen;

import java.util.List;

/**
 * Base class of the classes {@link JavaEmitter} generates: holds the names and the source, checks batch sizes and
 * provides the per-thread scratch array that large functions, split into several methods to stay JIT-compilable, use
 * to pass intermediate values between them. Public only because the generated class, loaded by its own class loader,
 * extends it; not for other use.
 */
public abstract class GeneratedFunction implements CompiledFunction {

    private static final double[] EMPTY = new double[0];

    private final List<String> inputNames;
    private final List<String> outputNames;
    private final String source;
    private final int workspaceSize;
    private final ThreadLocal<double[]> workspace;

    protected GeneratedFunction(List<String> inputNames, List<String> outputNames, String source, int workspaceSize) {
        this.inputNames = List.copyOf(inputNames);
        this.outputNames = List.copyOf(outputNames);
        this.source = source;
        this.workspaceSize = workspaceSize;
        this.workspace = ThreadLocal.withInitial(this::newWorkspace);
    }

    @Override
    public final List<String> inputNames() {
        return inputNames;
    }

    @Override
    public final List<String> outputNames() {
        return outputNames;
    }

    @Override
    public final String source() {
        return source;
    }

    /** This thread's scratch array (shared, empty when the function needs none). */
    protected final double[] workspace() {
        return workspaceSize == 0 ? EMPTY : workspace.get();
    }

    /** A fresh scratch array for one batch. */
    protected final double[] newWorkspace() {
        return workspaceSize == 0 ? EMPTY : new double[workspaceSize];
    }

    /**
     * Checks the array sizes of a batch call.
     *
     * @throws IllegalArgumentException when {@code count} is negative or an array is too short
     */
    protected final void checkBatch(double[] in, double[] out, int count) {
        long needIn = (long) count * inputs();
        long needOut = (long) count * outputs();
        if (count < 0 || in.length < needIn || out.length < needOut) {
            throw new IllegalArgumentException("batch of " + count + " points needs in.length >= " + needIn
                    + " and out.length >= " + needOut + ", got " + in.length + " and " + out.length);
        }
    }

    @Override
    public String toString() {
        return "CompiledFunction" + inputNames + " -> " + outputNames;
    }
}
