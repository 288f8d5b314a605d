package org.metricflow.flows.classic;

import java.util.List;
import java.util.Optional;
import org.metricflow.flows.ComponentMetric;
import org.metricflow.flows.FlowDefinition;
import org.metricflow.flows.KahlerMetric;
import org.metricflow.flows.MetricReadout;
import org.metricflow.symbolic.codegen.CompiledFunction;
import org.metricflow.symbolic.functionals.NamedFlow;
import org.metricflow.symbolic.jet.JetSpace;

/**
 * Binds the flows of the symbolic catalogue ({@link NamedFlow}: names, descriptions, derivations) to the grid
 * runtime: their generated code from {@link VelocitySource}s, and how the metric is read from the jets. Immutable.
 */
public final class ClassicalFlows {

    private final List<VelocitySource> sources;

    /** Over explicit sources (tests substitute their own). */
    public ClassicalFlows(List<VelocitySource> sources) {
        this.sources = List.copyOf(sources);
    }

    /** The symbolic layer's generated code ({@link SymbolicVelocitySource}). */
    public static ClassicalFlows load() {
        return new ClassicalFlows(List.of(new SymbolicVelocitySource()));
    }

    /** The generated code of a flow, if some source provides it. */
    public Optional<GeneratedFlow> generated(NamedFlow flow, int dimension) {
        flow.checkDimension(dimension);
        for (VelocitySource s : sources) {
            Optional<GeneratedFlow> g = s.generate(flow, dimension);
            if (g.isPresent()) {
                return g;
            }
        }
        return Optional.empty();
    }

    /**
     * The flow definition on the torus of real dimension d.
     *
     * @throws IllegalStateException when no source generates it
     */
    public FlowDefinition definition(NamedFlow flow, int dimension) {
        GeneratedFlow g = require(flow, dimension);
        var jets = flow.jets(dimension);
        return new FlowDefinition(flow.id(), jets, g.velocity(), readout(flow, jets), g.density());
    }

    /** How the metric is read from the jets: g_{ab̄} = δ + ∂∂̄φ for the Kähler flows, the components otherwise. */
    public static MetricReadout readout(NamedFlow flow, JetSpace jets) {
        return flow.kahler() ? new KahlerMetric(jets, "phi") : new ComponentMetric(jets);
    }

    /**
     * The loss of gradient descent (eq. (2.42)) with its jet gradient.
     *
     * @throws IllegalStateException when no source generates the flow or its loss
     */
    public CompiledFunction loss(NamedFlow flow, int dimension) {
        return require(flow, dimension).loss().orElseThrow(() -> new IllegalStateException("no generated loss for "
                + flow.id() + " on T^" + dimension + " (" + flow.equation() + ")"));
    }

    /**
     * The pointwise kernel K of the natural gradient update, −K·δL/δf = the flow's velocity (contract of
     * {@link GeneratedFlow#kernel()}).
     *
     * @throws IllegalStateException when no source generates the flow or its kernel
     */
    public CompiledFunction naturalKernel(NamedFlow flow, int dimension) {
        return require(flow, dimension).kernel().orElseThrow(() -> new IllegalStateException("no generated natural "
                + "kernel for " + flow.id() + " on T^" + dimension + " (" + flow.equation() + ")"));
    }

    private GeneratedFlow require(NamedFlow flow, int dimension) {
        return generated(flow, dimension).orElseThrow(() -> new IllegalStateException("no generated velocity for the "
                + flow.id() + " flow on T^" + dimension + " (" + flow.equation() + "): no "
                + VelocitySource.class.getSimpleName() + " provides it"));
    }
}
