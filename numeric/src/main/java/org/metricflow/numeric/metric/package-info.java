/**
 * Metrics on point samples: changes of chart and a common chart for all points,
 * Hermitian determinants, and weighted Monte Carlo estimates of Vol_Ω, κ and the σ-loss with standard errors
 * ({@link org.metricflow.numeric.metric.MongeAmpere}). Conventions: docs/conventions.md, "Calabi–Yau conventions".
 */
package org.metricflow.numeric.metric;
