package org.metricflow.flows.network;

import java.util.Optional;
import org.metricflow.flows.InitialFields;
import org.metricflow.numeric.nn.TrainedLayers;
import org.metricflow.symbolic.jet.JetSpace;

/**
 * The registered {@link NetworkFamilySource}: {@link CosineNetworkFamily} with the readout trained (the paper's
 * set-up) for fields whose jets stop at second order (what the networks provide).
 */
public final class CosineNetworkFamilySource implements NetworkFamilySource {

    /**
     * @throws IllegalArgumentException when an initial field is not resolved by the Fourier interpolation
     */
    @Override
    public Optional<NetworkFamily> family(JetSpace jets, InitialFields initial) {
        if (jets.order() > 2) {
            return Optional.empty();
        }
        return Optional.of(new CosineNetworkFamily(FourierFields.interpolate(initial, jets), TrainedLayers.LAST));
    }
}
