/**
 * Deterministic quadrature over R^d and boxes: tensor products of Hipparchus Gauss rules (Legendre, Hermite), used to
 * check kernel normalisations and δ-sequences without Monte Carlo noise.
 */
package org.metricflow.numeric.quadrature;
