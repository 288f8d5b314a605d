package org.metricflow.verification.claims.cy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.metricflow.verification.Budget;
import org.metricflow.verification.Verdict;

class KahlerClaimsTest {

    @Test
    void claimsHoldUnderTheQuickBudget() {
        for (var c : new KahlerClaims().claims()) {
            var r = c.check(Budget.QUICK);
            assertThat(r.verdict()).as(c.id() + ": " + r.detail()).isEqualTo(Verdict.HOLDS);
        }
    }
}
