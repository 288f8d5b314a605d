package org.metricflow.verification.claims.quintic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.metricflow.verification.Budget;
import org.metricflow.verification.CheckResult;
import org.metricflow.verification.Claim;
import org.metricflow.verification.Verdict;

class QuinticStudyClaimsTest {

    @Test
    void quickClaimsHoldOrAreErrata() {
        for (Claim c : new QuinticStudyClaims().claims()) {
            CheckResult r = c.check(Budget.QUICK);
            Verdict expected = c instanceof GainExtrapolationClaim ? Verdict.ERRATUM : Verdict.HOLDS;
            assertThat(r.verdict()).as(c.id() + ": " + r.detail()).isEqualTo(expected);
        }
    }
}
