/**
 * Measurements on flow states: the metric's eigenvalues and volume, integrals of generated densities (Perelman's
 * entropy), Fourier-mode amplitudes, and the linear fits the regressions use.
 * States only: running a flow is {@code flows.time}'s (which depends on this package).
 */
package org.metricflow.flows.analysis;
