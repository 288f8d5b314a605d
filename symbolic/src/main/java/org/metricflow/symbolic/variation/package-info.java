/**
 * Variational calculus on jets, Symja-free: local functionals with a named measure, the Euler–Lagrange operator
 * (functional derivatives with respect to each field, with the symmetric-metric convention of {@link
 * org.metricflow.symbolic.variation.EulerLagrange}), expressions in jet variables for code generation ({@link
 * org.metricflow.symbolic.variation.JetExpression}), and the numerical side of the checks: periodic quadrature of
 * functionals on tori and the linearised symbol of a flow.
 */
package org.metricflow.symbolic.variation;
