package org.metricflow.symbolic.codegen;

import java.util.List;
import org.metricflow.symbolic.cas.SafeParser;
import org.metricflow.symbolic.cas.Variables;
import org.metricflow.symbolic.jet.JetSpace;

/**
 * Densities written by hand in jet variables (1-based derivative indices, see {@link JetSpace}), used to check and
 * benchmark generated code. Each formula is derived in its javadoc and tested against exact solutions.
 *
 * <p>Merge hook: the derived functionals of the symbolic layer (Perelman, Kähler–Ricci, Calabi, Monge–Ampère) are
 * appended to {@link #all()} when they land, so that the code-generation claim covers every shipped functional.
 */
public final class ReferenceDensities {

    private ReferenceDensities() {
    }

    /** Every reference density. */
    public static List<DensityCase> all() {
        return List.of(conformalScalarCurvature2d(), conformalPerelman2d(), perelmanDiagonal2d(),
                mongeAmpereQuadratic2d(), mongeAmpereEntropy2d());
    }

    /**
     * Scalar curvature of the 2D conformal metric e^{2u}δ: R = −2e^{−2u}(u_11 + u_22). Field {@code u}, order 2.
     */
    public static DensityCase conformalScalarCurvature2d() {
        return parse("conformal-R-2d", new JetSpace(2, 2, List.of("u")), "-2*Exp(-2*u)*(u_d11 + u_d22)");
    }

    /**
     * Perelman's density (R + |∇φ|²)e^{−φ}√g for g = e^{2u}δ in 2D: |∇φ|² = e^{−2u}(φ_1² + φ_2²) and √g = e^{2u}, so
     * L = (−2(u_11 + u_22) + φ_1² + φ_2²) e^{−φ}. Fields {@code u, phi}, order 2.
     */
    public static DensityCase conformalPerelman2d() {
        return parse("perelman-conformal-2d", new JetSpace(2, 2, List.of("u", "phi")),
                "(-2*(u_d11 + u_d22) + phi_d1^2 + phi_d2^2)*Exp(-phi)");
    }

    /**
     * Perelman's density (R + |∇φ|²)e^{−φ}√g for the diagonal metric g = diag(a, b) in 2D. With W = √(ab), the
     * Gauss curvature of an orthogonal metric is K = −(1/2W)[∂_1(b_1/W) + ∂_2(a_2/W)], and expanding the derivatives
     * R = 2K = −(1/(ab)) [b_11 + a_22 − (b_1(a_1 b + a b_1) + a_2(a_2 b + a b_2)) / (2ab)];
     * |∇φ|² = φ_1²/a + φ_2²/b. Checked against e^{2u}δ (R = −2e^{−2u}Δu) and the unit sphere diag(1, sin²x) (R = 2).
     * Fields {@code a, b, phi}, order 2.
     */
    public static DensityCase perelmanDiagonal2d() {
        String r = "-(b_d11 + a_d22 - (b_d1*(a_d1*b + a*b_d1) + a_d2*(a_d2*b + a*b_d2))/(2*a*b))/(a*b)";
        return parse("perelman-diagonal-2d", new JetSpace(2, 2, List.of("a", "b", "phi")),
                "(" + r + " + phi_d1^2/a + phi_d2^2/b)*Exp(-phi)*Sqrt(a*b)");
    }

    /** The scalar curvature part of {@link #perelmanDiagonal2d()} alone (R of diag(a, b)). */
    public static DensityCase scalarCurvatureDiagonal2d() {
        return parse("R-diagonal-2d", new JetSpace(2, 2, List.of("a", "b")),
                "-(b_d11 + a_d22 - (b_d1*(a_d1*b + a*b_d1) + a_d2*(a_d2*b + a*b_d2))/(2*a*b))/(a*b)");
    }

    /** Ultra-local Monge–Ampère density F(η) = (η − 1)² with η = det g of a general 2D metric (order 0). */
    public static DensityCase mongeAmpereQuadratic2d() {
        return parse("monge-ampere-quadratic-2d", new JetSpace(2, 0, JetSpace.metricComponents(2)),
                "(g11*g22 - g12^2 - 1)^2");
    }

    /** Ultra-local Monge–Ampère density F(η) = η ln η with η = det g of a general 2D metric (order 0). */
    public static DensityCase mongeAmpereEntropy2d() {
        return parse("monge-ampere-entropy-2d", new JetSpace(2, 0, JetSpace.metricComponents(2)),
                "(g11*g22 - g12^2)*Log(g11*g22 - g12^2)");
    }

    private static DensityCase parse(String name, JetSpace jets, String text) {
        return new DensityCase(name, jets, List.of(), new SafeParser(Variables.of(jets, List.of())).parse(text));
    }
}
