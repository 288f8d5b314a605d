package org.metricflow.flows.analysis;

import org.metricflow.flows.Flow;
import org.metricflow.flows.JetBinding;
import org.metricflow.symbolic.codegen.CompiledFunction;

/**
 * ∫_{T^d} ρ(jet) d^dx for a generated density ρ (output 0 of a {@link CompiledFunction} on jet variables; for
 * Perelman's entropy F = ∫(R + |∇φ|²) e^{−φ} dV, eq. (2.41), ρ includes e^{−φ}√det g), by the rectangle rule on the
 * flow's grid. Not thread-safe (owns buffers).
 */
public final class DensityIntegral {

    private final Flow flow;
    private final JetBinding binding;
    private final double[] jets;
    private final double[] scratch;
    private final double[] values;

    /** The integral of the flow's own density ({@code definition().density()}). */
    public DensityIntegral(Flow flow) {
        this(flow, flow.definition().density().orElseThrow(() -> new IllegalArgumentException(
                "flow '" + flow.definition().name() + "' has no density to integrate")));
    }

    /** The integral of {@code density} (inputs: jet variables of the flow's jet space). */
    public DensityIntegral(Flow flow, CompiledFunction density) {
        this.flow = flow;
        this.binding = new JetBinding(density, flow.definition().jets());
        int points = flow.grid().points();
        this.jets = new double[points * flow.definition().jets().size()];
        this.scratch = new double[binding.scratchSize(points)];
        this.values = new double[points * density.outputs()];
    }

    /** ∫ ρ d^dx for the fields of {@code state} (not modified). */
    public double integrate(double[] state) {
        int points = flow.grid().points();
        flow.jets(state, jets);
        binding.evaluate(jets, scratch, values, 0, points);
        int stride = binding.function().outputs();
        double s = 0;
        for (int p = 0; p < points; p++) {
            s += values[p * stride];
        }
        return s * flow.grid().cellVolume();
    }
}
