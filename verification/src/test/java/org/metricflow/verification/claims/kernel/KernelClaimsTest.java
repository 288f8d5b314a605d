package org.metricflow.verification.claims.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.metricflow.verification.Budget;
import org.metricflow.verification.CheckResult;
import org.metricflow.verification.Claim;
import org.metricflow.verification.Verdict;

/** Every kernel claim passes under the quick budget, with the verdict the erratum analysis predicts. */
class KernelClaimsTest {

    static java.util.List<Claim> claims() {
        return new KernelClaims().claims();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("claims")
    void passesWithTheExpectedVerdict(Claim claim) {
        CheckResult r = claim.check(Budget.QUICK);
        boolean erratum = claim.id().equals("kernel.cosine-normalisation") || claim.id().equals("kernel.free-field")
                || claim.id().equals("kernel.cosine-architecture") || claim.id().equals("kernel.gaussian-kernel-eq3.5");
        assertThat(r.verdict()).as("%s: %s", claim.id(), r.detail()).isEqualTo(erratum ? Verdict.ERRATUM : Verdict.HOLDS);
    }

    /** (2.16) with the same Jacobian code on both sides: an identity of the chain rule, so a unit test. */
    @Test
    void rescalingTrickHoldsAsAnIdentity() {
        CheckResult r = new RescalingTrickClaim().check(Budget.QUICK);
        assertThat(r.verdict()).as(r.detail()).isEqualTo(Verdict.HOLDS);
    }
}
