/**
 * Jets: the values and first and second partial derivatives of a set of fields at a point. The jet is where the
 * symbolic layer (which differentiates densities with respect to jet variables) meets the numeric layer (which
 * computes jets from grids, networks or hypersurface geometry). Symja-free.
 */
package org.metricflow.symbolic.jet;
