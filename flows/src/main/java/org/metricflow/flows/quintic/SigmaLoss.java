package org.metricflow.flows.quintic;

/**
 * The local loss l(η) of a kernel flow on a Calabi–Yau, η = det g/(κ|Ω|²) (paper B.11). The text is the symbolic
 * density handed to the code generator, in the 9 real components of {@link HermitianComponents} and the per-point
 * constant {@code c} = 1/(κ|Ω|²).
 */
public enum SigmaLoss {
    /**
     * l = |1 − η|, whose μ_Ω-average is σ (B.11). Written √((η − 1)²) because the code generator cannot
     * differentiate Abs; its derivative is sgn(η − 1)∇η (0/0 at η = 1 exactly, where the flow uses the
     * subgradient 0).
     */
    ABSOLUTE("Sqrt((c*DET - 1)^2)"),
    /** l = (η − 1)², the smooth surrogate. */
    SQUARED("(c*DET - 1)^2");

    /** det g of a Hermitian 3×3 matrix in the real components (matches {@link HermitianComponents#determinant}). */
    static final String DET = "(g11*g22*g33 + 2*((x12*x23 - y12*y23)*x13 + (x12*y23 + y12*x23)*y13)"
            + " - g11*(x23^2 + y23^2) - g22*(x13^2 + y13^2) - g33*(x12^2 + y12^2))";

    private final String template;

    SigmaLoss(String template) {
        this.template = template;
    }

    /** The density as text for {@code SafeParser}. */
    public String density() {
        return template.replace("DET", DET);
    }
}
