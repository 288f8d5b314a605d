package org.metricflow.flows.network;

import org.metricflow.flows.JetBinding;
import org.metricflow.symbolic.codegen.CompiledFunction;
import org.metricflow.symbolic.jet.JetSpace;

/**
 * A pointwise loss l(jet) and its gradient with respect to the jet variables, from generated code: a
 * {@link CompiledFunction} whose inputs are jet variables (bound by name) and whose outputs are l followed by
 * ∂l/∂(input i) for every input in input order (1 + inputs outputs). For the paper's loss (2.42), l = −F/Ω̄ with F
 * the Perelman density (including e^{−φ}√det g). Not thread-safe (owns a scratch buffer).
 */
public final class JetLoss {

    private final JetBinding binding;
    private final int jetSize;
    private final int[] slots;
    private double[] scratch = new double[0];
    private double[] values = new double[0];

    /**
     * @throws IllegalArgumentException when the outputs are not 1 + inputs or an input is not a jet variable
     */
    public JetLoss(CompiledFunction function, JetSpace jets) {
        if (function.outputs() != 1 + function.inputs()) {
            throw new IllegalArgumentException("a jet loss returns its value and its gradient: needs " + (1
                    + function.inputs()) + " outputs for " + function.inputs() + " inputs, got "
                    + function.outputs());
        }
        this.binding = new JetBinding(function, jets);
        this.jetSize = jets.size();
        this.slots = new int[function.inputs()];
        var names = jets.variableNames();
        for (int i = 0; i < slots.length; i++) {
            slots[i] = names.indexOf(function.inputNames().get(i));
        }
    }

    /**
     * Evaluates the loss at {@code count} points with quadrature weight {@code weight} each: returns
     * Σ_p weight·l(jet_p) and writes the cotangent weight·∂l/∂jet_s at every slot (zero for slots l does not read).
     *
     * @param jets      point-major jets (not modified)
     * @param cotangent {@code count·J} entries (modified)
     */
    public double evaluate(double[] jets, int count, double weight, double[] cotangent) {
        int no = 1 + slots.length;
        if (values.length < count * no) {
            values = new double[count * no];
            scratch = new double[binding.scratchSize(count)];
        }
        binding.evaluate(jets, scratch, values, 0, count);
        java.util.Arrays.fill(cotangent, 0, count * jetSize, 0.0);
        double total = 0;
        for (int p = 0; p < count; p++) {
            total += values[p * no];
            for (int i = 0; i < slots.length; i++) {
                cotangent[p * jetSize + slots[i]] += weight * values[p * no + 1 + i];
            }
        }
        return weight * total;
    }
}
