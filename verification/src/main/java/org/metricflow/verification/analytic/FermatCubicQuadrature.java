package org.metricflow.verification.analytic;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.hipparchus.analysis.integration.IterativeLegendreGaussIntegrator;
import org.hipparchus.analysis.solvers.BrentSolver;

/**
 * Deterministic integrals on the Fermat cubic curve X = {x³ + y³ + z³ = 0} ⊂ P², independent of any sampling:
 * Vol_Ω, Vol_FS and the σ-loss of the restricted Fubini–Study metric.
 *
 * <p>In the chart z = 1 with x local and y eliminated, |Ω|² = 1/(9|y|⁴) and (closed-form determinant, see
 * {@code PointGeometry}) g_FS = (1 + |x|⁴ + |y|⁴)/(π|y|⁴(1 + |x|² + |y|²)²). With s = −x³ (three sheets of y over
 * each x, three x over each s; all nine give the same values by the symmetries x ↦ ζx, y ↦ ζy):
 * <pre>
 *   Vol_Ω = (1/9) ∫_C μ d²s,   μ = |s|^{−4/3}|1 − s|^{−4/3},
 *   Vol_FS = (1/π) ∫_C μ h d²s,   h = (1 + |s|^{4/3} + |1−s|^{4/3}) / (1 + |s|^{2/3} + |1−s|^{2/3})²,
 *   η = (3 Vol_Ω/π) h  (κ = Vol_FS/Vol_Ω with Vol_FS = 3),   σ = ∫ μ |1 − η| / ∫ μ.
 * </pre>
 * μ and h are invariant under s ↦ 1 − s, s ↦ 1/s and s ↦ s̄, so every integral is 6 times the integral over
 * {|s| &lt; 1, Re s &lt; 1/2, Im s &gt; 0}, done in polar coordinates s = ρ³e^{iθ} (μ d²s = 3ρ|1−s|^{−4/3} dρ dθ, smooth)
 * with Hipparchus Gauss–Legendre integration; the kinks of |1 − η| are located with a Brent solver and integrated
 * piecewise.
 */
public final class FermatCubicQuadrature {

    /**
     * @param volumeOmega Vol_Ω = ∫|Ω|² d²x (closed form (π/9)(Γ(1/3)/Γ(2/3))³ = 2.70288)
     * @param volumeFs    Vol_FS = ∫ g_FS d²x (exactly 3 = deg)
     * @param sigma       σ-loss of the restricted FS metric
     */
    public record Result(double volumeOmega, double volumeFs, double sigma) {
    }

    private static final double REL = 1e-10;
    private static final int MAX_EVAL = 2_000_000;

    private FermatCubicQuadrature() {
    }

    /** Computes the three integrals (relative accuracy ≈ 1e-9). */
    public static Result compute() {
        double i0 = region(theta -> inner(theta, (rho, t) -> 1.0));
        double i1 = region(theta -> inner(theta, FermatCubicQuadrature::h));
        double volumeOmega = 6 * i0 / 9;
        double volumeFs = 6 * i1 / Math.PI;
        double c = 3 * volumeOmega / Math.PI;
        double i2 = region(theta -> innerAbs(theta, c));
        return new Result(volumeOmega, volumeFs, i2 / i0);
    }

    /** ∫ over θ ∈ [0, π] of the inner integral, split at the kink θ = π/3 of the boundary. */
    private static double region(DoubleUnaryOperator innerOfTheta) {
        IterativeLegendreGaussIntegrator outer = new IterativeLegendreGaussIntegrator(8, REL, 1e-14, 2, 40);
        return outer.integrate(MAX_EVAL, innerOfTheta::applyAsDouble, 0, Math.PI / 3)
                + outer.integrate(MAX_EVAL, innerOfTheta::applyAsDouble, Math.PI / 3, Math.PI);
    }

    private static double rhoMax(double theta) {
        double c = Math.cos(theta);
        double r = c > 0.5 ? 1 / (2 * c) : 1;
        return Math.cbrt(r);
    }

    /** ∫_0^{ρmax} 3ρ|1−s|^{−4/3} f(s) dρ, f given through (ρ, θ). */
    private static double inner(double theta, FunctionOfS f) {
        IterativeLegendreGaussIntegrator in = new IterativeLegendreGaussIntegrator(8, REL, 1e-14, 2, 40);
        return in.integrate(MAX_EVAL, rho -> weight(rho, theta) * f.at(rho, theta), 0, rhoMax(theta));
    }

    private static double innerAbs(double theta, double c) {
        double top = rhoMax(theta);
        DoubleUnaryOperator g = rho -> 1 - c * h(rho, theta);
        List<Double> cuts = new ArrayList<>();
        cuts.add(0.0);
        int grid = 64;
        BrentSolver brent = new BrentSolver(1e-15);
        for (int k = 0; k < grid; k++) {
            double a = top * k / grid;
            double b = top * (k + 1) / grid;
            if (Math.signum(g.applyAsDouble(a)) * Math.signum(g.applyAsDouble(b)) < 0) {
                cuts.add(brent.solve(200, g::applyAsDouble, a, b));
            }
        }
        cuts.add(top);
        IterativeLegendreGaussIntegrator in = new IterativeLegendreGaussIntegrator(8, REL, 1e-14, 2, 40);
        double sum = 0;
        for (int k = 0; k + 1 < cuts.size(); k++) {
            sum += in.integrate(MAX_EVAL, rho -> weight(rho, theta) * Math.abs(g.applyAsDouble(rho)),
                    cuts.get(k), cuts.get(k + 1));
        }
        return sum;
    }

    /** 3ρ|1 − s|^{−4/3}, s = ρ³e^{iθ}. */
    private static double weight(double rho, double theta) {
        double r = rho * rho * rho;
        double m2 = 1 - 2 * r * Math.cos(theta) + r * r;
        return 3 * rho * Math.pow(m2, -2.0 / 3);
    }

    private static double h(double rho, double theta) {
        double r = rho * rho * rho;
        double m2 = 1 - 2 * r * Math.cos(theta) + r * r;   // |1 − s|²
        double a = rho * rho * rho * rho;                  // |s|^{4/3}
        double sa = rho * rho;                             // |s|^{2/3}
        double b = Math.pow(m2, 2.0 / 3);                  // |1 − s|^{4/3}
        double sb = Math.cbrt(m2);                         // |1 − s|^{2/3}
        double den = 1 + sa + sb;
        return (1 + a + b) / (den * den);
    }

    @FunctionalInterface
    private interface FunctionOfS {
        double at(double rho, double theta);
    }
}
