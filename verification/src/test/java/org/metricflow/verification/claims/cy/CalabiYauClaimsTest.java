package org.metricflow.verification.claims.cy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.hipparchus.complex.Complex;
import org.junit.jupiter.api.Test;
import org.metricflow.verification.Budget;
import org.metricflow.verification.CheckResult;
import org.metricflow.verification.Claim;
import org.metricflow.verification.ClaimRegistry;
import org.metricflow.verification.Verdict;

class CalabiYauClaimsTest {

    private static final Map<String, Verdict> EXPECTED = Map.ofEntries(
            Map.entry("cy.sample-validity", Verdict.HOLDS), Map.entry("cy.cubic-omega-volume", Verdict.HOLDS),
            Map.entry("cy.quartic-omega-volume", Verdict.HOLDS), Map.entry("cy.cubic-sigma-fs", Verdict.HOLDS),
            Map.entry("cy.quintic-omega-over-fs", Verdict.HOLDS), Map.entry("cy.quintic-sigma-fs", Verdict.HOLDS),
            Map.entry("cy.quintic-chart-independence", Verdict.HOLDS),
            Map.entry("cy.omega-measure-sign", Verdict.ERRATUM), Map.entry("cy.fs-distance-small-angle", Verdict.ERRATUM),
            Map.entry("cy.nn-distance-law", Verdict.ERRATUM), Map.entry("cy.cluster-merge-rule", Verdict.ERRATUM));

    @Test
    void everyClaimHasItsVerdictUnderTheQuickBudget() {
        var registry = ClaimRegistry.load().filter("cy.*");
        assertThat(registry.claims()).extracting(Claim::id).containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
        for (Claim c : registry.claims()) {
            CheckResult r = c.check(Budget.QUICK);
            assertThat(r.verdict()).as("%s: %s", c.id(), r).isEqualTo(EXPECTED.get(c.id()));
        }
    }

    /** The exterior-algebra expansion against the hand computation (−2i)^n (−1)^{n(n−1)/2}. */
    @Test
    void topCoefficientOfOmegaWedgeOmegaBar() {
        for (int n = 1; n <= 4; n++) {
            Complex expected = new Complex(0, -2).pow(n).multiply(((n * (n - 1) / 2) % 2 == 0) ? 1 : -1);
            assertThat(OmegaMeasureSignClaim.topCoefficient(n).subtract(expected).norm()).isLessThan(1e-14);
        }
    }
}
