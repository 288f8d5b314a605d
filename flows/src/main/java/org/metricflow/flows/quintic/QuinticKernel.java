package org.metricflow.flows.quintic;

/** The kernels of §3.2 (Table 1). */
public enum QuinticKernel {
    /** The infinite-width NTK of a one-hidden-layer ReLU network on the 10 real coordinates of a point. */
    RELU,
    /** Θ = k(d_FS; σ) with d_FS of eq. (3.2): eq. (3.5) as printed (exponential) or a true Gaussian. */
    GAUSSIAN,
    /** Θ(x, x') = 1 if x' is the nearest training point of x, else 0 (the discrete δ on the training set). */
    DELTA
}
