/** Claims of the symbolic layer: Perelman's variation and flow, Kähler curvature. */
package org.metricflow.verification.claims.symbolic;
