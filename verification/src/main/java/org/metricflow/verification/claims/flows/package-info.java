/**
 * Claims about metric flows on tori: the normalised Gaussian kernel and its σ → 0 limit (eqs. (2.27)–(2.31)), the
 * flat metric as a fixed point, linearised decay rates and a nonlinear benchmark of Ricci flow on T² (eq. (2.39)),
 * the Kähler potential flows on C/Λ (eqs. (B.4), (B.8)–(B.9), (B.21)), Perelman's monotonicity and fixed measure
 * (eqs. (2.40)–(2.41)), and Ricci flow as a local neural-network metric flow (eq. (2.42)). Velocities come from the
 * symbolic layer's generated code through {@link org.metricflow.flows.classic.ClassicalFlows}; the claims needing
 * them report ERROR until it is wired.
 */
package org.metricflow.verification.claims.flows;
