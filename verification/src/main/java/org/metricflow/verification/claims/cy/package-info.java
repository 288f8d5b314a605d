/**
 * Claims about Calabi–Yau point clouds (§3.1 and appendix B of the paper): sampling validity, Ω volumes against
 * closed forms, σ-loss of the Fubini–Study metric, chart independence, the μ_CY sign convention, the small-angle
 * remark (3.4), the nearest-neighbour law (3.6) and the batched-clustering merge rule (3.3).
 */
package org.metricflow.verification.claims.cy;
