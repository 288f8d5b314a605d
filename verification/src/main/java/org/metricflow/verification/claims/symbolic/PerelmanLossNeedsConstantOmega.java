package org.metricflow.verification.claims.symbolic;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.metricflow.symbolic.cas.JetVariables;
import org.metricflow.symbolic.cas.Simplification;
import org.metricflow.symbolic.cas.Sym;
import org.metricflow.symbolic.functionals.Perelman;
import org.metricflow.symbolic.geometry.Chart;
import org.metricflow.symbolic.geometry.Metric;
import org.metricflow.symbolic.geometry.RiemannianGeometry;
import org.metricflow.symbolic.variation.EulerLagrange;
import org.metricflow.symbolic.variation.LocalFunctional;
import org.metricflow.symbolic.variation.Measure;
import org.metricflow.symbolic.variation.PeriodicQuadrature;
import org.metricflow.verification.Budget;
import org.metricflow.verification.CheckResult;
import org.metricflow.verification.Mutation;

/**
 * (2.42): l(x) = −F/Ω̄(x) with the local flow (2.14) gives −Ω̄ δL/δg = δF/δg only for constant Ω̄. Shown on the
 * 2D conformal metric g = e^{2u}δ, where R√g = −2Δ₀u is a total derivative (Gauss–Bonnet: EL[R√g] = 0) but
 * EL[R√g/Ω̄] = −2Δ₀(1/Ω̄) ≠ 0. Symbolic Euler–Lagrange identities, and finite differences of the functional.
 */
final class PerelmanLossNeedsConstantOmega extends SymbolicClaim {

    static final String CORRECTED = "(2.42) holds only for a constant Omega-bar: Omega-bar(x) d/dg Int F/Omega-bar "
            + "differs from dF/dg by the derivatives of 1/Omega-bar (on g = e^{2u} delta in 2D, EL_u[R sqrt g / "
            + "Omega-bar] = -2 Laplacian_0(1/Omega-bar) while EL_u[R sqrt g] = 0); for a position-dependent "
            + "Omega-bar first make the kernel constant with the rescaling trick (2.15)-(2.18), h = Omega-bar^(-1/2)";

    /** 1/Ω̄: a positive trigonometric polynomial, so every integrand is one too (the torus rule is exact). */
    private static final String INVERSE_OMEGA = "1 + Cos(x)/2 + Sin(y)/3";

    PerelmanLossNeedsConstantOmega() {
        super("perelman-loss-constant-omega", "(2.42), (2.14)", "Omega-bar(x) times the first variation of "
                + "Int R sqrt(g)/Omega-bar (the loss (2.42) with a non-constant kernel weight) is compared with the "
                + "first variation of Int R sqrt(g) on the 2D conformal metric e^{2u} delta: symbolic Euler-Lagrange "
                + "identities (exact) and fourth-order finite differences of the functional on T^2.");
    }

    @Override
    public Mutation mutation() {
        return Mutation.planted("the corrected Euler-Lagrange density -2 Lap(1/Omega) replaced by -2 Omega "
                + "Lap(1/Omega) (the weight put outside the derivative)");
    }

    @Override
    public CheckResult check(Budget budget) {
        Chart chart = Perelman.chart(2);
        Sym u = chart.field("u");
        RiemannianGeometry geo = RiemannianGeometry.of(Metric.conformal(chart, u.times(2).exp()));
        Sym rDensity = geo.scalar().times(geo.volumeDensity());
        Sym w = Sym.parse(INVERSE_OMEGA);
        LocalFunctional plain = new LocalFunctional("Int R sqrt g", chart, List.of("u"), rDensity,
                Measure.coordinate());
        LocalFunctional weighted = new LocalFunctional("Int R sqrt g / Omega", chart, List.of("u"), rDensity.times(w),
                Measure.coordinate());
        Sym elPlain = EulerLagrange.derivative(plain, "u", Simplification.RATIONAL);
        Sym elWeighted = EulerLagrange.derivative(weighted, "u", Simplification.RATIONAL);
        Sym laplacianW = w.d(chart.coordinate(0)).d(chart.coordinate(0)).plus(w.d(chart.coordinate(1))
                .d(chart.coordinate(1)));
        Sym predicted = budget.planted(laplacianW.times(-2), laplacianW.times(-2).divide(w));
        Map<String, Sym> u0 = Map.of("u", Sym.parse("Sin(x)*Cos(y)/5 + Cos(2*x + y)/7"));
        Sym psi = Sym.parse("Cos(x) + Sin(x + y)/3 + Cos(2*y)/4");
        boolean gaussBonnet = elPlain.isZero() || Fixtures.identical(elPlain, Sym.ZERO, budget);
        boolean identity = Fixtures.identical(JetVariables.substituteFields(elWeighted, chart.coordinates(), u0), predicted,
                budget);
        PeriodicQuadrature q = new PeriodicQuadrature(chart, PeriodicQuadrature.Embedding.REAL, budget.scale(16, 24));
        double fdWeighted = q.derivativeAlong(weighted.integrandJet(), u0, Map.of("u", psi), 1e-2);
        double fdWeightedOmegaPsi = q.derivativeAlong(weighted.integrandJet(), u0, Map.of("u", psi.divide(w)), 1e-2);
        double fdPlain = q.derivativeAlong(plain.integrandJet(), u0, Map.of("u", psi), 1e-2);
        double pairing = Fixtures.pairing(q, predicted, chart, List.of("u"), psi, u0);
        double scale = Math.abs(fdWeightedOmegaPsi) + Math.abs(pairing);
        double tol = 1e-10 * scale;
        double printedDeviation = Math.abs(fdWeightedOmegaPsi - fdPlain);
        String detail = String.format(Locale.ROOT, "1/Omega = %s, u = %s, psi = %s; d/de Int R sqrt g/Omega along "
                + "Omega psi = %.10g vs d/de Int R sqrt g along psi = %.3g (the paper's (2.42) needs them equal); "
                + "along psi: finite differences %.12g, Int -2 Lap(1/Omega) psi = %.12g; EL[R sqrt g] = 0 exactly: "
                + "%s; EL[R sqrt g/Omega] = -2 Lap(1/Omega) exactly: %s", INVERSE_OMEGA, u0.get("u"), psi,
                fdWeightedOmegaPsi, fdPlain, fdWeighted, pairing, gaussBonnet, identity);
        double measured = gaussBonnet && (identity || budget.mutated()) ? fdWeighted - pairing : Double.NaN;
        return CheckResult.erratum("finite-difference derivative of Int R sqrt g/Omega minus Int -2 Lap(1/Omega) "
                        + "psi", measured, 0, tol, detail, CORRECTED)
                .withBasis("fourth-order central differences of the functional on a " + budget.scale(16, 24)
                        + "^2 torus grid vs the symbolic Euler-Lagrange density paired with psi (same grid)",
                        "the functional is linear in u (R sqrt g = -2 Lap u), so the difference quotient has no "
                                + "truncation error and the rule is exact for trigonometric polynomials: rounding, "
                                + "1e-10 of the magnitude")
                .withPrinted(printedDeviation, "|Omega d/dg Int F/Omega - dF/dg| paired with psi (should be 0 by "
                        + "(2.42))");
    }
}
