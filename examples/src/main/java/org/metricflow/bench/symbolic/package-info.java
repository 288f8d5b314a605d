/**
 * Workloads of {@code metricflow bench symbolic}: symbolic derivations timed against the SymPy peer
 * ({@code bench_sympy.py}), and generated code timed against Symja's numeric evaluation. The derivations here are
 * minimal textbook implementations on {@code Sym} (Christoffel → Riemann → Ricci → R, Euler–Lagrange by jet
 * substitution) standing in for the symbolic layer's geometry and variation API, which replaces them through the
 * {@link org.metricflow.bench.symbolic.SymbolicWorkload} list.
 */
package org.metricflow.bench.symbolic;
