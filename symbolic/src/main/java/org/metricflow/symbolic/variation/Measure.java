package org.metricflow.symbolic.variation;

import java.util.Objects;
import org.metricflow.symbolic.cas.Sym;
import org.metricflow.symbolic.geometry.RiemannianGeometry;

/**
 * A named integration measure, given by its density with respect to the coordinate measure dx^1…dx^n:
 * ∫ L dμ = ∫ L · {@link #density()} dx^1…dx^n.
 *
 * @param name    for output, e.g. {@code "e^{-phi} dV"}
 * @param density the density in the coordinates (function form; may contain fields)
 */
public record Measure(String name, Sym density) {

    public Measure {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(density, "density");
    }

    /** The coordinate measure dx^1…dx^n (density 1). */
    public static Measure coordinate() {
        return new Measure("dx", Sym.ONE);
    }

    /** The Riemannian volume dV = √det g dx. */
    public static Measure riemannian(RiemannianGeometry g) {
        return new Measure("dV", g.volumeDensity());
    }

    /** The weighted volume e^{−f} dV. */
    public static Measure weighted(RiemannianGeometry g, Sym f) {
        return new Measure("e^{-" + f + "} dV", f.negate().exp().times(g.volumeDensity()));
    }
}
