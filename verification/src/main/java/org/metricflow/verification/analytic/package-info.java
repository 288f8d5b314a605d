/**
 * Analytic and deterministic references that the claims compare Monte Carlo and flow results with.
 */
package org.metricflow.verification.analytic;
