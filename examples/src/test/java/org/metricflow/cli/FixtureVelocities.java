package org.metricflow.cli;

import java.util.Optional;
import org.metricflow.flows.KahlerFixtures;
import org.metricflow.flows.TestFlows;
import org.metricflow.flows.classic.ClassicalFlow;
import org.metricflow.flows.classic.GeneratedFlow;
import org.metricflow.flows.classic.VelocitySource;

/**
 * Test stand-ins for the generated velocities (registered for the CLI tests only): Ricci on T² for conformal
 * metrics, Ricci on T¹ as the heat equation with the Dirichlet loss (for network runs), Kähler–Ricci on C.
 */
public final class FixtureVelocities implements VelocitySource {

    @Override
    public Optional<GeneratedFlow> generate(ClassicalFlow flow, int dimension) {
        if (flow == ClassicalFlow.RICCI && dimension == 2) {
            return Optional.of(new GeneratedFlow(TestFlows.conformalRicciComponents(), Optional.empty(),
                    Optional.empty()));
        }
        if (flow == ClassicalFlow.RICCI && dimension == 1) {
            var heat = TestFlows.componentHeat(1).velocity();
            return Optional.of(new GeneratedFlow(heat, Optional.empty(),
                    Optional.of(TestFlows.dirichletLoss("g11", 1))));
        }
        if (flow == ClassicalFlow.KAHLER_RICCI && dimension == 2) {
            return Optional.of(new GeneratedFlow(KahlerFixtures.kahlerRicci().velocity(), Optional.empty(),
                    Optional.empty()));
        }
        return Optional.empty();
    }
}
