package org.metricflow.verification;

/**
 * One checked statement of the paper (or of its corrected form). Implementations are stateless; all
 * randomness derives from {@link Budget#seed()} so the same budget reproduces the same result.
 */
public interface Claim {

    /** Stable identifier, kebab-case and grouped by area, e.g. {@code kernel.cosine-normalisation}. */
    String id();

    /** Where the claim stands in the paper, e.g. "eq. (2.36)" or "§3.2, Table 1". */
    String equation();

    /** One sentence: what is checked and against which independent reference. */
    String statement();

    /** Runs the check within the budget. May throw; the runner turns exceptions into {@link Verdict#ERROR}. */
    CheckResult check(Budget budget);

    /**
     * The error this claim's {@link #check(Budget)} plants under a {@linkplain Budget#mutated() mutated} budget (a
     * perturbed reference, formula or input); the mutated verdict must be {@link Verdict#FAILS}. The default,
     * {@link Mutation#MISSING}, makes {@code ClaimMutationTest} fail and name the claim.
     */
    default Mutation mutation() {
        return Mutation.MISSING;
    }
}
