/**
 * Potential flows on Calabi–Yau hypersurfaces: the Monge–Ampère, Kähler–Ricci and Calabi flows of appendix B
 * ({@link org.metricflow.flows.cy.KahlerFlow}) acting on the Hermitian matrix H of Donaldson's potential
 * ({@link org.metricflow.flows.cy.PotentialFlow}), with checkpoints
 * ({@link org.metricflow.flows.cy.FlowState}). docs/cy-metrics.md.
 */
package org.metricflow.flows.cy;
