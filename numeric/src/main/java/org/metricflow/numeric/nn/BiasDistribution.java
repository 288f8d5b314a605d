package org.metricflow.numeric.nn;

/** Initialisation distribution of the hidden biases of a one-hidden-layer network. */
public enum BiasDistribution {
    /** b ~ U(−π, π) (cosine network, eq. (2.32)); trained as is in both parameterisations. */
    UNIFORM_PI,
    /** b ~ N(0, σ_b²) (Gauss-net). */
    GAUSSIAN
}
