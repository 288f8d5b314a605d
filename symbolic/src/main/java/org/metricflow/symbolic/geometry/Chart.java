package org.metricflow.symbolic.geometry;

import java.util.Arrays;
import java.util.List;
import org.metricflow.symbolic.cas.Sym;

/**
 * A coordinate chart: the ordered coordinate symbols x^1 … x^n. Index i of every tensor component refers to
 * position i in this list (0-based in the Java API, 1-based in jet-variable names).
 *
 * @param coordinates distinct symbols, n ≥ 1
 */
public record Chart(List<Sym> coordinates) {

    public Chart {
        coordinates = List.copyOf(coordinates);
        if (coordinates.isEmpty()) {
            throw new IllegalArgumentException("a chart needs at least one coordinate");
        }
        if (coordinates.stream().distinct().count() != coordinates.size()) {
            throw new IllegalArgumentException("coordinates must be distinct, got " + coordinates);
        }
    }

    /** A chart with the named coordinates, e.g. {@code Chart.of("r", "theta")}. */
    public static Chart of(String... names) {
        return new Chart(Arrays.stream(names).map(Sym::symbol).toList());
    }

    /** Number of coordinates n. */
    public int dimension() {
        return coordinates.size();
    }

    /** The coordinate x^i (0-based). */
    public Sym coordinate(int i) {
        return coordinates.get(i);
    }

    /** The field {@code name(x^1, …, x^n)}: an unknown function of all coordinates. */
    public Sym field(String name) {
        return Sym.function(name, coordinates);
    }

    /** ∂f/∂x^i (0-based). */
    public Sym d(Sym f, int i) {
        return f.d(coordinates.get(i));
    }
}
