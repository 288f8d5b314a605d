package org.metricflow.symbolic.geometry;

import java.util.Arrays;
import java.util.Objects;
import org.metricflow.symbolic.cas.Sym;
import org.metricflow.symbolic.jet.JetSpace;

/**
 * A Riemannian metric on a chart: ds² = g_ij dx^i dx^j, components expressions in the coordinates (possibly
 * containing fields such as {@code g12(x,y)}).
 *
 * @param chart      the coordinates
 * @param components g_ij, symmetric, n×n with n = chart dimension
 */
public record Metric(Chart chart, SymmetricMatrix components) {

    public Metric {
        Objects.requireNonNull(chart, "chart");
        Objects.requireNonNull(components, "components");
        if (components.dimension() != chart.dimension()) {
            throw new IllegalArgumentException("metric is " + components.dimension() + "x" + components.dimension()
                    + " but the chart has " + chart.dimension() + " coordinates");
        }
    }

    /** A metric from a full symmetric array g[i][j]. */
    public static Metric of(Chart chart, Sym[][] g) {
        return new Metric(chart, SymmetricMatrix.of(g));
    }

    /** diag(d_1, …, d_n). */
    public static Metric diagonal(Chart chart, Sym... d) {
        return new Metric(chart, SymmetricMatrix.diagonal(Arrays.asList(d)));
    }

    /** The conformally flat metric {@code factor}·δ_ij (e.g. e^{2u} δ). */
    public static Metric conformal(Chart chart, Sym factor) {
        return new Metric(chart, SymmetricMatrix.of(chart.dimension(), (i, j) -> i == j ? factor : Sym.ZERO));
    }

    /** The Euclidean metric δ_ij. */
    public static Metric flat(Chart chart) {
        return conformal(chart, Sym.ONE);
    }

    /**
     * The general metric whose independent components are unknown fields named as in {@link JetSpace}:
     * g_ij = {@code gij(x^1, …, x^n)} for i ≤ j (1-based names, e.g. {@code g12(x,y)}).
     */
    public static Metric general(Chart chart) {
        return new Metric(chart, SymmetricMatrix.of(chart.dimension(),
                (i, j) -> chart.field(JetSpace.metricComponent(i + 1, j + 1))));
    }

    /** The diagonal metric with unknown fields {@code gii(x^1, …, x^n)} on the diagonal. */
    public static Metric generalDiagonal(Chart chart) {
        return new Metric(chart, SymmetricMatrix.of(chart.dimension(),
                (i, j) -> i == j ? chart.field(JetSpace.metricComponent(i + 1, i + 1)) : Sym.ZERO));
    }

    public int dimension() {
        return chart.dimension();
    }

    /** g_ij (0-based). */
    public Sym get(int i, int j) {
        return components.get(i, j);
    }
}
