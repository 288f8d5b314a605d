/**
 * Potential flows on Calabi–Yau hypersurfaces: the Monge–Ampère flow of appendix B acting on the Hermitian matrix H
 * of Donaldson's potential ({@link org.metricflow.flows.cy.PotentialFlow}), with checkpoints
 * ({@link org.metricflow.flows.cy.FlowState}). docs/cy-metrics.md.
 */
package org.metricflow.flows.cy;
