package org.metricflow.flows;

import java.util.List;
import org.metricflow.symbolic.codegen.CompiledFunction;
import org.metricflow.symbolic.jet.JetSpace;

/**
 * Binds the inputs of a {@link CompiledFunction} to slots of a {@link JetSpace} by name, so generated code may
 * take any subset of the jet variables in any order. When the inputs are exactly the jet variables in slot order
 * the jets are passed through without copying.
 */
public final class JetBinding {

    private final CompiledFunction function;
    private final int jetSize;
    private final int[] slots;
    private final boolean identity;

    /**
     * @throws IllegalArgumentException when an input of {@code function} is not a variable of {@code jets}
     */
    public JetBinding(CompiledFunction function, JetSpace jets) {
        this.function = function;
        this.jetSize = jets.size();
        List<String> names = jets.variableNames();
        List<String> inputs = function.inputNames();
        slots = new int[inputs.size()];
        for (int i = 0; i < slots.length; i++) {
            slots[i] = names.indexOf(inputs.get(i));
            if (slots[i] < 0) {
                throw new IllegalArgumentException("input '" + inputs.get(i) + "' of the compiled function is not a "
                        + "jet variable; the jet variables are " + names);
            }
        }
        identity = inputs.equals(names);
    }

    public CompiledFunction function() {
        return function;
    }

    /** Size of the scratch buffer {@link #evaluate} needs for {@code count} points (0 when jets pass through). */
    public int scratchSize(int count) {
        return identity ? 0 : count * slots.length;
    }

    /**
     * Evaluates the function at points {@code from..to} of a point-major jet array.
     *
     * @param jets    jets, {@code jets[p·J + s]} (not modified)
     * @param scratch at least {@link #scratchSize}(total points) doubles (modified)
     * @param out     outputs, {@code out[p·outputs + o]} (modified for p in from..to)
     */
    public void evaluate(double[] jets, double[] scratch, double[] out, int from, int to) {
        int no = function.outputs();
        if (identity) {
            for (int p = from; p < to; p++) {
                function.evaluate(jets, p * jetSize, out, p * no);
            }
            return;
        }
        int ni = slots.length;
        for (int p = from; p < to; p++) {
            int base = p * jetSize;
            for (int i = 0; i < ni; i++) {
                scratch[p * ni + i] = jets[base + slots[i]];
            }
            function.evaluate(scratch, p * ni, out, p * no);
        }
    }
}
