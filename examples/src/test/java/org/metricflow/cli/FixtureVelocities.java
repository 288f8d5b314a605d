package org.metricflow.cli;

import java.util.Optional;
import org.metricflow.flows.KahlerFixtures;
import org.metricflow.flows.classic.ClassicalFlow;
import org.metricflow.flows.classic.GeneratedFlow;
import org.metricflow.flows.classic.VelocitySource;

/**
 * Test stand-in for the generated Kähler–Ricci velocity on C (registered for the CLI tests only) until the symbolic
 * layer's Kähler geometry is wired; the real flows come from {@code SymbolicVelocitySource}.
 */
public final class FixtureVelocities implements VelocitySource {

    @Override
    public Optional<GeneratedFlow> generate(ClassicalFlow flow, int dimension) {
        if (flow == ClassicalFlow.KAHLER_RICCI && dimension == 2) {
            return Optional.of(new GeneratedFlow(KahlerFixtures.kahlerRicci().velocity(), Optional.empty(),
                    Optional.empty()));
        }
        return Optional.empty();
    }
}
