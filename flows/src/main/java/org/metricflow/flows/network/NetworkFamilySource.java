package org.metricflow.flows.network;

import java.util.Optional;
import java.util.ServiceLoader;
import org.metricflow.flows.InitialFields;
import org.metricflow.symbolic.jet.JetSpace;

/**
 * Service interface: where metric networks come from (the per-component cosine networks of {@code numeric.nn}).
 * Listed in {@code META-INF/services/org.metricflow.flows.network.NetworkFamilySource}.
 */
public interface NetworkFamilySource {

    /**
     * A family of networks providing the jets {@code jets} whose draws all represent {@code initial} at their
     * initial parameters, or empty when this source cannot.
     */
    Optional<NetworkFamily> family(JetSpace jets, InitialFields initial);

    /**
     * The first registered family for the fields.
     *
     * @throws IllegalStateException when no source is registered (the networks are not wired)
     */
    static NetworkFamily load(JetSpace jets, InitialFields initial) {
        for (NetworkFamilySource s : ServiceLoader.load(NetworkFamilySource.class)) {
            Optional<NetworkFamily> f = s.family(jets, initial);
            if (f.isPresent()) {
                return f.get();
            }
        }
        throw new IllegalStateException("no metric network family for fields " + jets.fields() + ": register a "
                + NetworkFamilySource.class.getName() + " backed by numeric.nn");
    }
}
