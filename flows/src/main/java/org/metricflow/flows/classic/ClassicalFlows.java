package org.metricflow.flows.classic;

import java.util.List;
import java.util.Optional;
import org.metricflow.flows.FlowDefinition;
import org.metricflow.symbolic.codegen.CompiledFunction;

/**
 * The catalogue of classical flows built from {@link VelocitySource}s (generated code). Immutable.
 */
public final class ClassicalFlows {

    private final List<VelocitySource> sources;

    /** A catalogue over explicit sources (tests substitute their own). */
    public ClassicalFlows(List<VelocitySource> sources) {
        this.sources = List.copyOf(sources);
    }

    /** The catalogue of the symbolic layer's generated code ({@link SymbolicVelocitySource}). */
    public static ClassicalFlows load() {
        return new ClassicalFlows(List.of(new SymbolicVelocitySource()));
    }

    /** The generated code of a flow, if some source provides it. */
    public Optional<GeneratedFlow> generated(ClassicalFlow flow, int dimension) {
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
    public FlowDefinition definition(ClassicalFlow flow, int dimension) {
        GeneratedFlow g = require(flow, dimension);
        var jets = flow.jets(dimension);
        return new FlowDefinition(flow.id(), jets, g.velocity(), flow.readout(jets), g.density());
    }

    /**
     * The loss of gradient descent (eq. (2.42)) with its jet gradient.
     *
     * @throws IllegalStateException when no source generates the flow or its loss
     */
    public CompiledFunction loss(ClassicalFlow flow, int dimension) {
        return require(flow, dimension).loss().orElseThrow(() -> new IllegalStateException("no generated loss for "
                + flow.id() + " on T^" + dimension + " (" + flow.equation() + ")"));
    }

    /**
     * The pointwise kernel K of the natural gradient update, −K·δL/δf = the flow's velocity (contract of
     * {@link GeneratedFlow#kernel()}).
     *
     * @throws IllegalStateException when no source generates the flow or its kernel
     */
    public CompiledFunction naturalKernel(ClassicalFlow flow, int dimension) {
        return require(flow, dimension).kernel().orElseThrow(() -> new IllegalStateException("no generated natural "
                + "kernel for " + flow.id() + " on T^" + dimension + " (" + flow.equation() + ")"));
    }

    private GeneratedFlow require(ClassicalFlow flow, int dimension) {
        return generated(flow, dimension).orElseThrow(() -> new IllegalStateException("no generated velocity for the "
                + flow.id() + " flow on T^" + dimension + " (" + flow.equation() + "): no "
                + VelocitySource.class.getSimpleName() + " of this catalogue provides it"));
    }
}
