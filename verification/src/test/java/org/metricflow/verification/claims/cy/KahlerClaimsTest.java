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

    @Test
    void plantedErrorsFlipEveryClaim() {
        assertThat(new FubiniStudyKappaClaim(1.01).check(Budget.QUICK).verdict()).isEqualTo(Verdict.FAILS);
        assertThat(new BalancedIdentityClaim(0.05).check(Budget.QUICK).verdict()).isEqualTo(Verdict.FAILS);
        assertThat(new CubicFlatClaim(0).check(Budget.QUICK).verdict()).isEqualTo(Verdict.FAILS);
    }
}
