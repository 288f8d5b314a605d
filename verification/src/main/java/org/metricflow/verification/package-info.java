/**
 * Verification of the paper's claims: {@link org.metricflow.verification.Claim}s are registered through
 * {@link org.metricflow.verification.ClaimProvider} (Java {@link java.util.ServiceLoader}), run by
 * {@link org.metricflow.verification.VerificationRunner} and written out by the {@code report} package.
 */
package org.metricflow.verification;
