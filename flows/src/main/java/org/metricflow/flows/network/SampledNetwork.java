package org.metricflow.flows.network;

import java.util.Objects;

/**
 * One draw of a network: the model and its initial parameters.
 *
 * @param model      the network
 * @param parameters θ at initialisation
 */
public record SampledNetwork(ParametricMetric model, double[] parameters) {

    public SampledNetwork {
        Objects.requireNonNull(model, "model");
        parameters = parameters.clone();
        if (parameters.length != model.parameterCount()) {
            throw new IllegalArgumentException("model has " + model.parameterCount() + " parameters, got "
                    + parameters.length);
        }
    }

    @Override
    public double[] parameters() {
        return parameters.clone();
    }
}
