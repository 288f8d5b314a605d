package org.metricflow.numeric.nn;

/** Which parameters gradient descent updates, i.e. which enter the tangent kernel. */
public enum TrainedLayers {
    /** Only the output (readout) weights, as in eq. (2.33); the hidden weights stay at initialisation. */
    LAST,
    /** Every weight and bias. */
    ALL
}
