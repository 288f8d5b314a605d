package org.metricflow.flows.network;

import org.metricflow.flows.InitialFields;
import org.metricflow.numeric.nn.TrainedLayers;
import org.metricflow.symbolic.jet.JetSpace;

/**
 * Where metric networks come from: {@link CosineNetworkFamily} with the readout trained (the paper's set-up), for
 * fields whose jets stop at second order (what the networks provide).
 */
public final class NetworkFamilySource {

    private NetworkFamilySource() {
    }

    /**
     * The family of networks providing the jets {@code jets} whose draws all represent {@code initial} at their
     * initial parameters.
     *
     * @throws IllegalStateException    when the jets go beyond second order
     * @throws IllegalArgumentException when an initial field is not resolved by the Fourier interpolation
     */
    public static NetworkFamily load(JetSpace jets, InitialFields initial) {
        if (jets.order() > 2) {
            throw new IllegalStateException("no metric network family for fields " + jets.fields() + ": the cosine "
                    + "networks provide jets up to second order, these need order " + jets.order());
        }
        return new CosineNetworkFamily(FourierFields.interpolate(initial, jets), TrainedLayers.LAST);
    }
}
