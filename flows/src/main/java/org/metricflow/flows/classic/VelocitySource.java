package org.metricflow.flows.classic;

import java.util.Optional;
import org.metricflow.symbolic.functionals.NamedFlow;

/**
 * Where the generated code of the catalogue's flows ({@link NamedFlow}) comes from: {@link SymbolicVelocitySource} (the symbolic
 * layer's code generator), or a test double passed to {@link ClassicalFlows#ClassicalFlows(java.util.List)}; the
 * first source of a catalogue that generates a flow wins.
 */
public interface VelocitySource {

    /**
     * The generated code of {@code flow} on the torus of real dimension {@code dimension}, or empty when this
     * source does not provide it.
     */
    Optional<GeneratedFlow> generate(NamedFlow flow, int dimension);
}
