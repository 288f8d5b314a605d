package org.metricflow.symbolic.functionals;

import java.util.ArrayList;
import java.util.List;
import org.metricflow.symbolic.cas.JetVariables;
import org.metricflow.symbolic.cas.Simplification;
import org.metricflow.symbolic.cas.Sym;
import org.metricflow.symbolic.geometry.Chart;
import org.metricflow.symbolic.geometry.Metric;
import org.metricflow.symbolic.geometry.RiemannianGeometry;
import org.metricflow.symbolic.geometry.SymmetricMatrix;
import org.metricflow.symbolic.jet.JetSpace;

/**
 * A real geometric flow of the general metric g_ij = {@code gij(x, y, z)} (and, for Perelman, the dilaton
 * {@code phi(x, y, z)}) on a chart of dimension d ∈ {1, 2, 3}, derived from {@link RiemannianGeometry} without
 * simplification (the code generator shares the common subexpressions):
 * <ul>
 *   <li>{@link #ricci(int)} (eq. 2.39): ∂_t g_ij = −2R_ij; monitored density √det g.</li>
 *   <li>{@link #perelman(int)} (eq. 2.40): ∂_t g_ij = −2(R_ij + ∇_i∇_jφ), ∂_tφ = −R − Δφ; density
 *       (R + |∇φ|²)e^{−φ}√det g, whose integral is F (2.41).</li>
 * </ul>
 * Velocities are listed as the fields are: g_ij for i ≤ j in row-major order, then φ; each is named
 * {@code <field>_t}.
 *
 * @param chart         the coordinates x, y, z (first d)
 * @param jets          second-order jets of the evolved fields
 * @param velocity      ∂_t of each field, function form ({@code Derivative(1,0)[g11][x,y]} …)
 * @param densityName   name of the monitored density
 * @param density       the monitored density, function form
 */
public record GeometricFlow(Chart chart, JetSpace jets, List<Sym> velocity, String densityName, Sym density) {

    private static final List<String> COORDINATES = List.of("x", "y", "z");

    public GeometricFlow {
        velocity = List.copyOf(velocity);
        if (velocity.size() != jets.fields().size()) {
            throw new IllegalArgumentException(velocity.size() + " velocities for fields " + jets.fields());
        }
    }

    /** Ricci flow on a chart of dimension d (1..3). */
    public static GeometricFlow ricci(int d) {
        RiemannianGeometry geometry = geometry(d);
        return new GeometricFlow(geometry.metric().chart(), new JetSpace(d, JetSpace.metricComponents(d)),
                metricVelocity(geometry, null), "sqrt_det_g", geometry.volumeDensity());
    }

    /** Perelman's gradient flow in the form (2.40) on a chart of dimension d (1..3). */
    public static GeometricFlow perelman(int d) {
        RiemannianGeometry geometry = geometry(d);
        Chart chart = geometry.metric().chart();
        Sym phi = chart.field("phi");
        List<Sym> velocity = metricVelocity(geometry, geometry.hessian(phi));
        velocity.add(geometry.scalar().plus(geometry.laplacian(phi)).negate());
        List<String> fields = new ArrayList<>(JetSpace.metricComponents(d));
        fields.add("phi");
        Sym density = geometry.scalar().plus(geometry.gradientNormSquared(phi)).times(phi.negate().exp())
                .times(geometry.volumeDensity());
        return new GeometricFlow(chart, new JetSpace(d, fields), velocity, "F_density", density);
    }

    private static RiemannianGeometry geometry(int d) {
        if (d < 1 || d > COORDINATES.size()) {
            throw new IllegalArgumentException("dimension must be in 1.." + COORDINATES.size() + ", got " + d);
        }
        Chart chart = Chart.of(COORDINATES.subList(0, d).toArray(String[]::new));
        return new RiemannianGeometry(Metric.general(chart), Simplification.NONE);
    }

    /** −2(R_ij + H_ij) for i ≤ j (H = 0 when {@code hessian} is null), as a mutable list. */
    private static List<Sym> metricVelocity(RiemannianGeometry geometry, SymmetricMatrix hessian) {
        SymmetricMatrix ricci = geometry.ricci();
        List<Sym> out = new ArrayList<>();
        int d = geometry.dimension();
        for (int i = 0; i < d; i++) {
            for (int j = i; j < d; j++) {
                Sym tensor = hessian == null ? ricci.get(i, j) : ricci.get(i, j).plus(hessian.get(i, j));
                out.add(tensor.times(-2));
            }
        }
        return out;
    }

    /** Names of the velocity components: {@code g11_t, g12_t, …, phi_t}. */
    public List<String> velocityNames() {
        return jets.fields().stream().map(f -> f + "_t").toList();
    }

    /** Function form → jet variables ({@code g11_d12}, {@code phi_d1}, …). */
    public Sym toJet(Sym functionForm) {
        return JetVariables.toJet(functionForm, chart.coordinates(), jets.fields());
    }

    /** The velocities in jet variables. */
    public List<Sym> velocityJets() {
        return velocity.stream().map(this::toJet).toList();
    }
}
