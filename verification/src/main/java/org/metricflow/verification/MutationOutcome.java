package org.metricflow.verification;

/**
 * A claim checked with its planted error switched on.
 *
 * @param id       the claim id
 * @param mutation the declared mutation
 * @param result   the result under the mutated budget; null when nothing was planted (pending or missing)
 * @param seconds  wall time of the mutated check
 */
public record MutationOutcome(String id, Mutation mutation, CheckResult result, double seconds) {

    /** True when an error was planted and the check caught it (verdict FAILS; an ERROR does not count). */
    public boolean caught() {
        return result != null && result.verdict() == Verdict.FAILS;
    }

    /** One line: CAUGHT, MISSED, PENDING or MISSING, the id, and the planted error or the reason. */
    public String line() {
        String status = switch (mutation.status()) {
            case PLANTED -> caught() ? "CAUGHT" : "MISSED(" + result.verdict() + ")";
            case PENDING -> "PENDING";
            case MISSING -> "MISSING";
        };
        return String.format(java.util.Locale.ROOT, "%-14s %-45s %s", status, id, mutation.description());
    }
}
