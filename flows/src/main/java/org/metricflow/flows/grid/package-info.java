/**
 * Fields on flat tori T^d = R^d/(2πZ)^d on uniform grids, and their jets from spectral derivatives.
 *
 * <p>Conventions: a grid has {@code n} points per axis (a power of two, at least 4, because the radix-2 FFT of
 * Hipparchus needs it) and spacing h = 2π/n; grid point {@code p} has integer indices (i_0, …, i_{d−1}) with
 * p = Σ_a i_a n^{d−1−a} (axis 0 slowest, the last axis fastest — NumPy's C order with {@code indexing='ij'}) and
 * coordinates x_{a+1} = h·i_a ∈ [0, 2π). Axis a (0-based) is the coordinate x_{a+1}, index a+1 of a
 * {@link org.metricflow.symbolic.jet.JetSpace}. A set of fields is stored field-major: value of field k at point p
 * in {@code values[k·N + p]}, N = n^d; jets are stored point-major: slot s of point p in {@code jet[p·J + s]} with
 * the slot order of the jet space (J slots per point).
 *
 * <p>Spectral derivatives are those of the trigonometric interpolant: exact for trigonometric polynomials whose
 * wavenumbers satisfy |k_a| &lt; n/2. The Nyquist mode k_a = n/2 is treated as the symmetric interpolant
 * cos(n x/2): its odd derivatives vanish on the grid and its even derivatives are ±(n/2)^m times the mode.
 */
package org.metricflow.flows.grid;
