package org.metricflow.verification.claims.symbolic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.metricflow.verification.Budget;
import org.metricflow.verification.Claim;
import org.metricflow.verification.ClaimRegistry;
import org.metricflow.verification.Verdict;

class SymbolicClaimsTest {

    /** The verdict each claim must reach: where the paper holds, and where it needs the corrected form. */
    private static final Map<String, Verdict> EXPECTED = Map.ofEntries(
            Map.entry("symbolic.perelman-first-variation", Verdict.HOLDS),
            Map.entry("symbolic.perelman-gradient-flow", Verdict.ERRATUM),
            Map.entry("symbolic.perelman-dilaton-evolution", Verdict.HOLDS),
            Map.entry("symbolic.perelman-ricci-flow-equivalence", Verdict.HOLDS),
            Map.entry("symbolic.perelman-local-loss", Verdict.ERRATUM),
            Map.entry("symbolic.perelman-linear-stability", Verdict.HOLDS),
            Map.entry("symbolic.kahler-ricci-form", Verdict.HOLDS),
            Map.entry("symbolic.kahler-ricci-flow", Verdict.ERRATUM),
            Map.entry("symbolic.kahler-potential-correction", Verdict.ERRATUM),
            Map.entry("symbolic.calabi-variation", Verdict.HOLDS),
            Map.entry("symbolic.calabi-flow", Verdict.ERRATUM),
            Map.entry("symbolic.monge-ampere-ultralocal-variation", Verdict.HOLDS),
            Map.entry("symbolic.perelman-loss-constant-omega", Verdict.ERRATUM),
            Map.entry("symbolic.perelman-kahler-class-vanishes", Verdict.ERRATUM),
            Map.entry("symbolic.monge-ampere-entropy-calabi", Verdict.HOLDS),
            Map.entry("symbolic.monge-ampere-ultralocal-flow", Verdict.ERRATUM),
            Map.entry("symbolic.monge-ampere-2deriv-variation", Verdict.ERRATUM),
            Map.entry("symbolic.monge-ampere-2deriv-flow", Verdict.HOLDS),
            Map.entry("symbolic.kahler-torus-velocities", Verdict.HOLDS));

    @Test
    void everyClaimReachesItsVerdictUnderTheQuickBudget() {
        Map<String, Verdict> actual = new TreeMap<>();
        for (Claim c : new SymbolicClaims().claims()) {
            actual.put(c.id(), c.check(Budget.QUICK).verdict());
        }
        assertThat(actual).isEqualTo(new TreeMap<>(EXPECTED));
    }

    @Test
    void theProviderIsRegistered() {
        assertThat(ClaimRegistry.load().filter("symbolic.*").claims()).hasSize(EXPECTED.size());
    }
}
