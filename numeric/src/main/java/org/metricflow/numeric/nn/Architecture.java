package org.metricflow.numeric.nn;

import org.hipparchus.random.RandomGenerator;

/**
 * A network architecture with its initialisation distribution: an immutable description from which networks are
 * drawn and (in {@code org.metricflow.numeric.kernel.FrozenKernels}) the analytic N → ∞ kernel is computed.
 */
public sealed interface Architecture permits CosineArchitecture, GaussNetArchitecture, ReluArchitecture,
        TorusCosineArchitecture {

    /** Input dimension d. */
    int inputDimension();

    /** Hidden width N. */
    int width();

    /** The same architecture at another width. */
    Architecture withWidth(int width);

    /** Draws a network with {@code outputs} outputs (shared hidden parameters) from the initialisation distribution. */
    Network initialise(int outputs, RandomGenerator rng);
}
