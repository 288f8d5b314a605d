/**
 * Claims of the symbolic layer: each derivation of the paper's §2.4 and Appendix B checked two independent ways
 * (exact identity by random rational evaluation, and finite differences of the functional on a test configuration
 * on a torus, or a linear-stability symbol), with ERRATUM verdicts and corrected forms where the paper is wrong.
 */
package org.metricflow.verification.claims.symbolic;
