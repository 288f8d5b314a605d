package org.metricflow.flows.quintic.exact;

/**
 * Functions of the symmetrised kernel A applied to the fixed vector b of a linearised flow: y = φ(A) b, with φ
 * the {@link FlowTime#filter filter} of a flow time. Built once per flow; each evaluation is cheap.
 */
public interface KernelSpectrum {

    /** y = φ_time(A) b (length N). */
    double[] apply(FlowTime time);

    /** The largest eigenvalue of A (or its Ritz estimate). */
    double largest();

    /** The smallest eigenvalue of A (or Ritz value): below −round-off the kernel is not positive semi-definite. */
    double smallest();

    /** How y was computed: "eigen" or "lanczos k=…". */
    String method();
}
