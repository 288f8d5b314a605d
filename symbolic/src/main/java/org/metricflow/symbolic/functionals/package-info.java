/**
 * The paper's geometric flows derived symbolically from {@link org.metricflow.symbolic.geometry.RiemannianGeometry}
 * (Ricci flow, eq. (2.39); Perelman's gradient flow, eqs. (2.40)–(2.41)), in function form and in jet variables.
 */
package org.metricflow.symbolic.functionals;
