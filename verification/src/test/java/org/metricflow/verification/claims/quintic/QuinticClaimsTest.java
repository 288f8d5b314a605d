package org.metricflow.verification.claims.quintic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.metricflow.verification.Budget;
import org.metricflow.verification.CheckResult;
import org.metricflow.verification.Claim;
import org.metricflow.verification.Verdict;

class QuinticClaimsTest {

    /** Every quick claim holds, except quintic.kappa-gradient, a confirmed erratum (the paper does not say whether κ's term is kept). */
    @Test
    void quickClaimsHold() {
        for (Claim c : new QuinticClaims().claims()) {
            CheckResult r = c.check(Budget.QUICK);
            Verdict expected = c.id().equals("quintic.kappa-gradient") ? Verdict.ERRATUM : Verdict.HOLDS;
            assertThat(r.verdict()).as(c.id() + ": " + r.detail()).isEqualTo(expected);
        }
    }
}
