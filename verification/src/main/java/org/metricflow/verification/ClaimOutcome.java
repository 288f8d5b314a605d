package org.metricflow.verification;

/**
 * A claim together with its result and the wall time the check took.
 *
 * @param id        the claim id
 * @param equation  where it stands in the paper
 * @param statement what was checked
 * @param result    the result
 * @param seconds   wall time of the check
 */
public record ClaimOutcome(String id, String equation, String statement, CheckResult result, double seconds) {
}
