package org.metricflow.flows.classic;

import java.util.Optional;

/**
 * Where the generated velocities of the classical flows come from: {@link SymbolicVelocitySource} (the symbolic
 * layer's code generator), or a test double passed to {@link ClassicalFlows#ClassicalFlows(java.util.List)}; the
 * first source of a catalogue that generates a flow wins.
 */
public interface VelocitySource {

    /**
     * The generated code of {@code flow} on the torus of real dimension {@code dimension}, or empty when this
     * source does not provide it.
     */
    Optional<GeneratedFlow> generate(ClassicalFlow flow, int dimension);
}
