package org.metricflow.verification.claims.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.metricflow.flows.classic.ClassicalFlows;
import org.metricflow.flows.classic.GeneratedFlow;
import org.metricflow.flows.classic.SymbolicVelocitySource;
import org.metricflow.flows.classic.VelocitySource;
import org.metricflow.flows.network.NetworkFamilySource;
import org.metricflow.symbolic.functionals.NaturalKernel.Form;
import org.metricflow.verification.Budget;
import org.metricflow.verification.Verdict;

/**
 * Planted errors in the natural kernel flip {@link RicciNaturalNetworkFlowClaim} to FAILS (the HOLDS verdict with the
 * generated kernel is measured by {@code metricflow verify}).
 */
class RicciNaturalNetworkFlowClaimTest {

    /** The generated Perelman flow with its natural kernel replaced by {@code form}. */
    private static ClassicalFlows planted(Form form) {
        var generated = new SymbolicVelocitySource();
        VelocitySource source = (flow, d) -> generated.generate(flow, d).map(g -> new GeneratedFlow(g.velocity(),
                g.density(), g.loss(), Optional.of(SymbolicVelocitySource.naturalKernel(d, form))));
        return new ClassicalFlows(List.of(source));
    }

    @Test
    void droppingTheExchangeTermOrHalvingTheKernelFails() {
        for (Form form : List.of(Form.WITHOUT_EXCHANGE, Form.HALF)) {
            var result = new RicciNaturalNetworkFlowClaim(planted(form), NetworkFamilySource::load)
                    .check(Budget.QUICK);
            assertThat(result.verdict()).as(form + ": " + result.detail()).isEqualTo(Verdict.FAILS);
            assertThat(result.measured()).as(form.name()).isGreaterThan(0.05);
        }
    }
}
