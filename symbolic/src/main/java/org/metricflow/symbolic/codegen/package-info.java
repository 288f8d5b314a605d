/**
 * Code generation: derived local expressions (loss densities, their partial derivatives with respect to every jet
 * variable, flow velocities) compiled to JVM code at run time. Symja-free: it works on expression trees that
 * {@code cas} exports after whitelisting their heads.
 */
package org.metricflow.symbolic.codegen;
