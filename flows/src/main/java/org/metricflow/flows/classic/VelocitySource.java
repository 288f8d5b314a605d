package org.metricflow.flows.classic;

import java.util.Optional;

/**
 * Service interface: where the generated velocities of the classical flows come from (the symbolic layer's code
 * generator). Implementations are listed in
 * {@code META-INF/services/org.metricflow.flows.classic.VelocitySource} and found with
 * {@link java.util.ServiceLoader}; the first one that generates a flow wins.
 */
public interface VelocitySource {

    /**
     * The generated code of {@code flow} on the torus of real dimension {@code dimension}, or empty when this
     * source does not provide it.
     */
    Optional<GeneratedFlow> generate(ClassicalFlow flow, int dimension);
}
