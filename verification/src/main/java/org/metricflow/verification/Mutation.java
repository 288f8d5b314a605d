package org.metricflow.verification;

import java.util.Objects;

/**
 * The planted error of a {@link Claim}: what its check changes when {@link Budget#mutated()} is set. A claim whose
 * check cannot be made to fail by a planted error proves nothing, so every claim declares one; {@code verify --mutate}
 * and {@code ClaimMutationTest} run each check mutated and require the verdict {@link Verdict#FAILS}.
 *
 * @param status      whether an error is planted, deliberately deferred, or not declared at all
 * @param description for {@link Status#PLANTED}: the error (e.g. "reference shifted by 10 SE"); for
 *                    {@link Status#PENDING}: why it is deferred; empty for {@link Status#MISSING}
 */
public record Mutation(Status status, String description) {

    /** Whether a claim plants an error. */
    public enum Status {
        /** The check plants {@link #description()} under a mutated budget; the verdict must become FAILS. */
        PLANTED,
        /** Declared but not yet implemented (listed by {@code verify --mutate}, accepted by the test). */
        PENDING,
        /** Not declared: the default of {@link Claim#mutation()}; the mutation test fails on it. */
        MISSING
    }

    /** No mutation declared. */
    public static final Mutation MISSING = new Mutation(Status.MISSING, "");

    public Mutation {
        Objects.requireNonNull(status, "status");
        description = description == null ? "" : description;
        if (status != Status.MISSING && description.isBlank()) {
            throw new IllegalArgumentException(status + " mutation needs a description");
        }
    }

    /** The check plants this error when the budget is {@linkplain Budget#mutated() mutated}. */
    public static Mutation planted(String description) {
        return new Mutation(Status.PLANTED, description);
    }

    /** A mutation deferred for the stated reason (keeps the suite green; listed as pending). */
    public static Mutation pending(String reason) {
        return new Mutation(Status.PENDING, reason);
    }

    /**
     * The mutation of {@code claim}: its own {@link Claim#mutation()}, or, when it declares none, a pending entry of
     * {@value PendingMutations#RESOURCE} (claim id, whitespace, reason) — the way to mark claims whose class is not
     * yours to edit; otherwise {@link #MISSING}.
     */
    public static Mutation of(Claim claim) {
        Mutation own = claim.mutation();
        if (own.status() != Status.MISSING) {
            return own;
        }
        String reason = PendingMutations.reasons().get(claim.id());
        return reason == null ? MISSING : pending(reason);
    }
}
