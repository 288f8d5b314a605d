/**
 * The only package that imports Symja (and JAS, the polynomial library Symja ships). Everything Symja-specific is
 * wrapped here: the immutable expression handle {@link org.metricflow.symbolic.cas.Sym}; parsing of untrusted text
 * ({@link org.metricflow.symbolic.cas.SafeParser}); conversion between fields and jet variables;
 * normalisation ({@link org.metricflow.symbolic.cas.Simplification}, with an exact rational normal form because
 * Symja 3.0.0's Together/Cancel are wrong for multivariate rational functions); identity testing by exact random
 * evaluation ({@link org.metricflow.symbolic.cas.ZeroTest}); an interpreted numeric evaluator; LaTeX output; and
 * work-arounds for Symja defects ({@code SymjaFixes}). Symja's file system stays disabled, and integers beyond
 * {@link org.metricflow.symbolic.cas.Sym#MAX_INTEGER_BITS} bits abort evaluation.
 */
package org.metricflow.symbolic.cas;
