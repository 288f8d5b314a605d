package org.metricflow.flows;

import java.util.Objects;
import java.util.Optional;
import org.metricflow.symbolic.codegen.CompiledFunction;
import org.metricflow.symbolic.jet.JetSpace;

/**
 * A local flow ∂_t f_k = v_k(jet of the fields) of a list of fields on a torus, paper eq. (2.14)/(2.38): which
 * fields evolve, the jet order the velocity needs, the generated velocity, an optional generated density, and how
 * the fields encode the metric.
 *
 * <p>Contract of {@code velocity}: its inputs are jet variables of {@code jets} (any subset, any order, bound by
 * name: see {@link JetBinding}); it has one output per field, output k being ∂_t of field k in the order of
 * {@code jets.fields()}. Contract of {@code density}: its inputs are jet variables; output 0 is the integrand with
 * respect to the coordinate measure d^dx (so it includes √det g and any weight such as e^{−φ}); a loss density for
 * gradient descent also returns its gradient with respect to its inputs as outputs 1..inputs (see
 * {@code network.JetLoss}).
 *
 * @param name     identifier used in reports and checkpoint fingerprints (e.g. {@code ricci})
 * @param jets     the fields, their jet order and the torus dimension
 * @param velocity generated velocity (jet → ∂_t of each field)
 * @param metric   how to read g_ij from the jets
 * @param density  generated density whose integral is monitored (e.g. Perelman's F), if any
 */
public record FlowDefinition(String name, JetSpace jets, CompiledFunction velocity, MetricReadout metric,
                             Optional<CompiledFunction> density) {

    public FlowDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(jets, "jets");
        Objects.requireNonNull(velocity, "velocity");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(density, "density");
        if (!name.matches("[a-z0-9][a-z0-9.-]*")) {
            throw new IllegalArgumentException("flow name must be lower-case kebab-case, got '" + name + "'");
        }
        if (velocity.outputs() != jets.fields().size()) {
            throw new IllegalArgumentException("velocity of flow '" + name + "' has " + velocity.outputs()
                    + " outputs " + velocity.outputNames() + " but there are " + jets.fields().size() + " fields "
                    + jets.fields());
        }
        new JetBinding(velocity, jets); // validates the inputs
        density.ifPresent(f -> new JetBinding(f, jets));
        if (metric.size() != jets.dimension()) {
            throw new IllegalArgumentException("metric readout of size " + metric.size()
                    + " does not match the torus dimension " + jets.dimension());
        }
    }

    /** A definition without a monitored density. */
    public FlowDefinition(String name, JetSpace jets, CompiledFunction velocity, MetricReadout metric) {
        this(name, jets, velocity, metric, Optional.empty());
    }

    /** A copy with a monitored density. */
    public FlowDefinition withDensity(CompiledFunction newDensity) {
        return new FlowDefinition(name, jets, velocity, metric, Optional.of(newDensity));
    }
}
