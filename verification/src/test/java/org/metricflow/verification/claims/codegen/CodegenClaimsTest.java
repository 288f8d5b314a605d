package org.metricflow.verification.claims.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.metricflow.verification.Budget;
import org.metricflow.verification.CheckResult;
import org.metricflow.verification.ClaimRegistry;
import org.metricflow.verification.Verdict;

class CodegenClaimsTest {

    @Test
    void generatedCodeClaimHoldsUnderTheQuickBudget() {
        CheckResult r = new GeneratedCodeMatchesSymjaClaim().check(Budget.QUICK);
        assertThat(r.verdict()).as(r.detail()).isEqualTo(Verdict.HOLDS);
        assertThat(r.measured()).isBetween(0.0, GeneratedCodeMatchesSymjaClaim.TOLERANCE);
        assertThat(r.detail()).contains("perelman-diagonal-2d", "monge-ampere-quadratic-2d", "20 random jets");
    }

    @Test
    void providerIsRegistered() {
        assertThat(ClaimRegistry.load().claims()).anyMatch(c -> c.id().equals("codegen.generated-vs-symja"));
    }
}
