package org.metricflow.verification.claims.symbolic;

import java.util.ArrayList;
import java.util.List;
import org.metricflow.flows.grid.ComplexTorus;
import org.metricflow.symbolic.cas.Sym;
import org.metricflow.symbolic.functionals.NamedFlow;
import org.metricflow.symbolic.geometry.Chart;

/**
 * An independent reference for the catalogue's Kähler torus velocities ({@link NamedFlow#torusVelocity(int)}, derived
 * from the Kähler geometry in Wirtinger coordinates): the same flows derived by hand in real coordinates.
 * Velocities of the Kähler potential flows on the flat complex torus C^n/Λ (n = 1, 2), in function form on
 * the chart (x_1..x_n, y_1..y_n) of {@link ComplexTorus}, for the potential correction φ of g_{ab̄} = δ_{ab} + ∂_a∂̄_bφ
 * with ∂_a∂̄_b f = ¼[f_{x_a x_b} + f_{y_a y_b} + i(f_{x_a y_b} − f_{y_a x_b})]. Writing a Hermitian matrix as
 * P + iQ (P symmetric, Q antisymmetric, so Q_{aa} = 0), everything is real:
 * <ul>
 *   <li>det g = g_{11̄} (n = 1); det g = A_{11}A_{22} − A_{12}² − B_{12}² (n = 2, g = A + iB);</li>
 *   <li>g^{ab̄}H_{ab̄} = tr(g⁻¹H) = H_{11̄}/g_{11̄} (n = 1);
 *       (A_{22}P_{11} + A_{11}P_{22} − 2A_{12}P_{12} − 2B_{12}Q_{12}) / det g (n = 2, H = P + iQ);</li>
 *   <li>Kähler–Ricci (B.4) with g₀ = δ: ∂_tφ = ln det g; linearised Δφ/4, a mode e^{ik·x} decays at |k|²/4;</li>
 *   <li>Calabi, corrected sign of (B.8)–(B.9): ∂_tφ = R = −g^{ab̄}∂_a∂̄_b ln det g (scalar curvature of (B.3));
 *       linearised −Δ²φ/16, decay rate |k|⁴/16;</li>
 *   <li>Monge–Ampère, corrected sign of (B.21) (|Ω|² = 1, κ = 1 on the flat torus): ∂_tφ = 2(det g − 1);
 *       linearised Δφ/2, decay rate |k|²/2.</li>
 * </ul>
 * Expressions are left unexpanded; the code generator shares common subexpressions.
 */
final class HandDerivedKahlerVelocities {

    private final int n;
    private final Chart chart;
    private final Sym phi;

    /**
     * @param n complex dimension, 1 or 2
     */
    HandDerivedKahlerVelocities(int n) {
        new ComplexTorus(n, 4); // validates n
        this.n = n;
        List<String> names = new ArrayList<>();
        for (String axis : List.of("x", "y")) {
            for (int a = 1; a <= n; a++) {
                names.add(n == 1 ? axis : axis + a);
            }
        }
        this.chart = Chart.of(names.toArray(String[]::new));
        this.phi = chart.field("phi");
    }

    /** The chart (x_1..x_n, y_1..y_n). */
    Chart chart() {
        return chart;
    }

    private Sym dd(Sym f, int i, int j) {
        return chart.d(chart.d(f, i), j);
    }

    /** Re ∂_a∂̄_b f = ¼(f_{x_a x_b} + f_{y_a y_b}) (0-based a, b). */
    private Sym ddbarRe(Sym f, int a, int b) {
        int xa = ComplexTorus.realAxis(n, a);
        int xb = ComplexTorus.realAxis(n, b);
        int ya = ComplexTorus.imaginaryAxis(n, a);
        int yb = ComplexTorus.imaginaryAxis(n, b);
        return dd(f, xa, xb).plus(dd(f, ya, yb)).times(Sym.rational(1, 4));
    }

    /** Im ∂_a∂̄_b f = ¼(f_{x_a y_b} − f_{y_a x_b}) (0-based a, b). */
    private Sym ddbarIm(Sym f, int a, int b) {
        int xa = ComplexTorus.realAxis(n, a);
        int xb = ComplexTorus.realAxis(n, b);
        int ya = ComplexTorus.imaginaryAxis(n, a);
        int yb = ComplexTorus.imaginaryAxis(n, b);
        return dd(f, xa, yb).minus(dd(f, ya, xb)).times(Sym.rational(1, 4));
    }

    /** Re g_{ab̄} = δ_{ab} + Re ∂_a∂̄_bφ. */
    private Sym metricRe(int a, int b) {
        Sym h = ddbarRe(phi, a, b);
        return a == b ? Sym.ONE.plus(h) : h;
    }

    /** det g_{ab̄} (real). */
    Sym determinant() {
        if (n == 1) {
            return metricRe(0, 0);
        }
        return metricRe(0, 0).times(metricRe(1, 1)).minus(metricRe(0, 1).pow(2)).minus(ddbarIm(phi, 0, 1).pow(2));
    }

    /** g^{ab̄}∂_a∂̄_b f, the complex Laplacian of the metric (¼ of the real Laplace–Beltrami operator). */
    private Sym laplacian(Sym f, Sym det) {
        if (n == 1) {
            return ddbarRe(f, 0, 0).divide(det);
        }
        Sym numerator = metricRe(1, 1).times(ddbarRe(f, 0, 0)).plus(metricRe(0, 0).times(ddbarRe(f, 1, 1)))
                .minus(metricRe(0, 1).times(ddbarRe(f, 0, 1)).times(2))
                .minus(ddbarIm(phi, 0, 1).times(ddbarIm(f, 0, 1)).times(2));
        return numerator.divide(det);
    }

    /** ∂_tφ of a Kähler flow in function form. */
    Sym velocity(NamedFlow flow) {
        Sym det = determinant();
        return switch (flow) {
            case KAHLER_RICCI -> det.log();
            case CALABI -> laplacian(det.log(), det).negate();
            case MONGE_AMPERE -> det.minus(Sym.ONE).times(2);
            default -> throw new IllegalArgumentException("not a Kahler potential flow: " + flow.id());
        };
    }
}
