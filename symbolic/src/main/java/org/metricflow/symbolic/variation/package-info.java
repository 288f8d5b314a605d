/** Variational calculus on jets: Euler–Lagrange operators built on Symja's {@code D} with total derivatives. */
package org.metricflow.symbolic.variation;
