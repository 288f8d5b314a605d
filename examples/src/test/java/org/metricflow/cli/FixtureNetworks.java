package org.metricflow.cli;

import java.util.Optional;
import org.metricflow.flows.InitialFields;
import org.metricflow.flows.network.NetworkFamily;
import org.metricflow.flows.network.NetworkFamilySource;
import org.metricflow.flows.network.PeriodicCosineNetwork;
import org.metricflow.flows.network.SampledNetwork;
import org.metricflow.symbolic.jet.JetSpace;

/** Test stand-in for the metric networks: periodic cosine networks representing g11 = 1 + 0.2 cos x on T¹. */
public final class FixtureNetworks implements NetworkFamilySource {

    @Override
    public Optional<NetworkFamily> family(JetSpace jets, InitialFields initial) {
        if (jets.dimension() != 1) {
            return Optional.empty();
        }
        return Optional.of((width, sigma, seed) -> {
            var net = new PeriodicCosineNetwork(jets, width, sigma, new double[] {1}, new double[] {0.2}, seed);
            return new SampledNetwork(net, new double[net.parameterCount()]);
        });
    }
}
