/**
 * Local metric flows, paper eq. (2.14)/(2.38): ∂_t f_k(x) = v_k(jet of the fields at x), with the jets from spectral
 * derivatives on a torus grid and the velocity v from generated code. The state vector is the field values on the
 * grid, field-major.
 */
package org.metricflow.flows.local;
