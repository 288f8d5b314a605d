/**
 * Measurements on flow states: the metric's eigenvalues and volume, integrals of generated densities (Perelman's
 * entropy), Fourier-mode amplitudes, and the linear fits (decay rates, power-law exponents) the regressions use.
 */
package org.metricflow.flows.analysis;
