package org.metricflow.symbolic.functionals;

import java.util.List;
import java.util.Map;
import org.metricflow.symbolic.cas.Simplification;
import org.metricflow.symbolic.cas.Sym;
import org.metricflow.symbolic.geometry.Chart;
import org.metricflow.symbolic.geometry.Metric;
import org.metricflow.symbolic.geometry.RiemannianGeometry;
import org.metricflow.symbolic.variation.EulerLagrange;

/**
 * The three derivations the symbolic benchmark times against SymPy (issue 2): each call starts from scratch (a new
 * geometry, nothing cached between calls), so repeated calls measure the derivation, not a lookup.
 */
public final class ReferenceDerivations {

    private ReferenceDerivations() {
    }

    /** (a) Scalar curvature of diag(a, b, c) with a, b, c functions of (x, y, z). */
    public static Sym diagonalScalarCurvature3d(Simplification simplification) {
        Chart c = Chart.of("x", "y", "z");
        return new RiemannianGeometry(Metric.diagonal(c, c.field("a"), c.field("b"), c.field("c")), simplification)
                .scalar();
    }

    /** (b) Scalar curvature of the conformal metric e^{2u(x,y)} δ (reference: −2 e^{−2u} Δu). */
    public static Sym conformalScalarCurvature2d(Simplification simplification) {
        Chart c = Chart.of("x", "y");
        return new RiemannianGeometry(Metric.conformal(c, c.field("u").times(2).exp()), simplification).scalar();
    }

    /**
     * (c) The Euler–Lagrange equations of Perelman's F for the conformal metric e^{2u} δ in two dimensions, with
     * respect to u and φ (end to end: curvature, density, both variations).
     */
    public static Map<String, Sym> perelmanEulerLagrangeConformal2d(Simplification simplification) {
        Chart c = Chart.of("x", "y");
        Perelman p = Perelman.of(Metric.conformal(c, c.field("u").times(2).exp()), List.of("u"), simplification);
        return EulerLagrange.derivatives(p.functional(), simplification);
    }
}
