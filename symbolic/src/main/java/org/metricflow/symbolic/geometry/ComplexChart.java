package org.metricflow.symbolic.geometry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.metricflow.symbolic.cas.Sym;

/**
 * Holomorphic coordinates z^1 … z^n and their conjugates, treated as independent symbols (Wirtinger calculus:
 * ∂_a = ∂/∂z^a, ∂̄_b = ∂/∂z̄^b). The conjugate of the coordinate named {@code z1} is the symbol {@code z1b}.
 *
 * <p>Fields on a Kähler chart are functions of all 2n symbols in the order of {@link #complexifiedChart()}:
 * (z^1, …, z^n, z̄^1, …, z̄^n); jet-variable index a (1-based) is z^a and n + b is z̄^b, so
 * for n = 2, {@code phi_d13} = ∂_{z1}∂_{z1b} φ and for n = 1, {@code phi_d12} = ∂_z∂_{zb} φ.
 *
 * @param holomorphic     z^1 … z^n
 * @param antiholomorphic z̄^1 … z̄^n
 */
public record ComplexChart(List<Sym> holomorphic, List<Sym> antiholomorphic) {

    public ComplexChart {
        holomorphic = List.copyOf(holomorphic);
        antiholomorphic = List.copyOf(antiholomorphic);
        if (holomorphic.isEmpty() || holomorphic.size() != antiholomorphic.size()) {
            throw new IllegalArgumentException("need n >= 1 holomorphic coordinates and as many conjugates, got "
                    + holomorphic + " and " + antiholomorphic);
        }
        new Chart(complexified(holomorphic, antiholomorphic)); // validates distinctness
    }

    /** The chart with holomorphic coordinates named {@code names} and conjugates {@code name + "b"}. */
    public static ComplexChart of(String... names) {
        return new ComplexChart(Arrays.stream(names).map(Sym::symbol).toList(),
                Arrays.stream(names).map(n -> Sym.symbol(n + "b")).toList());
    }

    private static List<Sym> complexified(List<Sym> z, List<Sym> zb) {
        List<Sym> all = new ArrayList<>(z);
        all.addAll(zb);
        return all;
    }

    /** Complex dimension n. */
    public int dimension() {
        return holomorphic.size();
    }

    /** z^a (0-based). */
    public Sym z(int a) {
        return holomorphic.get(a);
    }

    /** z̄^b (0-based). */
    public Sym zbar(int b) {
        return antiholomorphic.get(b);
    }

    /** The 2n independent coordinates (z^1, …, z^n, z̄^1, …, z̄^n) as a chart. */
    public Chart complexifiedChart() {
        return new Chart(complexified(holomorphic, antiholomorphic));
    }

    /** The field {@code name(z^1, …, z^n, z̄^1, …, z̄^n)}. */
    public Sym field(String name) {
        return complexifiedChart().field(name);
    }
}
