package org.metricflow.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every registered claim must be able to fail: it declares a planted error ({@link Claim#mutation()}) and, with
 * that error switched on, its check returns FAILS. Claims without a declared mutation are listed as a failure;
 * pending ones ({@link Mutation#pending(String)} or listed in {@code META-INF/metricflow/pending-mutations.txt}) are
 * accepted and named by {@code verify --mutate}.
 */
class ClaimMutationTest {

    @Test
    void everyRegisteredClaimDeclaresAMutation() {
        var missing = ClaimRegistry.load().claims().stream()
                .filter(c -> Mutation.of(c).status() == Mutation.Status.MISSING).map(Claim::id).toList();
        assertThat(missing).as("claims without a planted error (implement Claim.mutation(), or list the id with a "
                + "reason in META-INF/metricflow/pending-mutations.txt)").isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyPlantedErrorFlipsTheVerdictToFails() {
        return ClaimRegistry.load().claims().stream()
                .filter(c -> c.mutation().status() == Mutation.Status.PLANTED)
                .map(c -> DynamicTest.dynamicTest(c.id(), () -> {
                    CheckResult r = c.check(Budget.QUICK.withMutation());
                    assertThat(r.verdict()).as(c.id() + " with " + c.mutation().description() + ": " + r.detail())
                            .isEqualTo(Verdict.FAILS);
                }));
    }
}
