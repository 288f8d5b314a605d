package org.metricflow.symbolic.codegen;

import java.util.List;
import java.util.Objects;
import org.metricflow.symbolic.cas.Sym;
import org.metricflow.symbolic.jet.JetSpace;

/**
 * A named local density on a jet space: what {@link LocalDensity#compile} takes, bundled so that checks and
 * benchmarks can iterate over a list of them.
 *
 * @param name        short identifier, e.g. {@code perelman-2d-diagonal}
 * @param jets        the jet variables the density depends on
 * @param coordinates explicit coordinates (may be empty)
 * @param density     the density, in the jet symbols of {@code Variables.of(jets, coordinates)}
 */
public record DensityCase(String name, JetSpace jets, List<String> coordinates, Sym density) {

    public DensityCase {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(jets, "jets");
        coordinates = List.copyOf(coordinates);
        Objects.requireNonNull(density, "density");
    }

    /** Compiles the density and its gradient. */
    public LocalDensity compile() {
        return LocalDensity.compile(density, jets, coordinates);
    }
}
