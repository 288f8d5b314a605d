/**
 * Potential flows on Calabi–Yau hypersurfaces: the Monge–Ampère, Kähler–Ricci and Calabi flows of appendix B
 * ({@link org.metricflow.flows.cy.KahlerFlow}) acting on the Hermitian matrix H of Donaldson's potential
 * ({@link org.metricflow.flows.cy.PotentialFlow}), and the Monge–Ampère flow on the parameters of a network potential
 * added to it ({@link org.metricflow.flows.cy.NetworkPotentialFlow}). Both are Adam step flows on the one runtime
 * ({@link org.metricflow.flows.time.FlowRunner}: guards, observers, {@link org.metricflow.flows.time.Checkpoint}s).
 * docs/cy-metrics.md.
 */
package org.metricflow.flows.cy;
