package org.metricflow.symbolic.functionals;

import java.util.List;
import java.util.Objects;
import org.metricflow.symbolic.cas.Sym;
import org.metricflow.symbolic.jet.JetSpace;

/**
 * A flow's velocity on a flat torus in real jet variables: what the torus runtime compiles
 * ({@link NamedFlow#torusVelocity(int)}).
 *
 * @param jets          the jet space the expressions read (evolved fields in order)
 * @param velocity      ∂_t of each field of {@code jets}, in that order
 * @param velocityNames {@code <field>_t}
 * @param densityName   name of the monitored density
 * @param density       the monitored integrand w.r.t. d^dx (volume density, or Perelman's F density)
 */
public record TorusVelocity(JetSpace jets, List<Sym> velocity, List<String> velocityNames, String densityName,
                            Sym density) {

    public TorusVelocity {
        Objects.requireNonNull(jets, "jets");
        velocity = List.copyOf(velocity);
        velocityNames = List.copyOf(velocityNames);
        Objects.requireNonNull(densityName, "densityName");
        Objects.requireNonNull(density, "density");
        if (velocity.size() != jets.fields().size() || velocityNames.size() != velocity.size()) {
            throw new IllegalArgumentException(velocity.size() + " velocities named " + velocityNames
                    + " for fields " + jets.fields());
        }
    }
}
