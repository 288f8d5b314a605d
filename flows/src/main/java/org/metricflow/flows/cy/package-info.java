/**
 * Potential flows on Calabi–Yau hypersurfaces: the Monge–Ampère, Kähler–Ricci and Calabi flows of appendix B
 * ({@link org.metricflow.flows.cy.KahlerFlow}) acting on the Hermitian matrix H of Donaldson's potential
 * ({@link org.metricflow.flows.cy.PotentialFlow}), with checkpoints ({@link org.metricflow.flows.cy.FlowState}),
 * and the Monge–Ampère flow on the parameters of a network potential added to it
 * ({@link org.metricflow.flows.cy.NetworkPotentialFlow}, {@link org.metricflow.flows.cy.NetworkFlowState}).
 * docs/cy-metrics.md.
 */
package org.metricflow.flows.cy;
