/**
 * Claims about the generated code of local loss terms: compiled densities and their jet gradients against Symja's own
 * numeric evaluation.
 */
package org.metricflow.verification.claims.codegen;
