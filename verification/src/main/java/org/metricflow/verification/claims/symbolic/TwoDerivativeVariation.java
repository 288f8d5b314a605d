package org.metricflow.verification.claims.symbolic;

import java.util.Locale;
import java.util.Map;
import org.metricflow.symbolic.cas.Simplification;
import org.metricflow.symbolic.cas.Sym;
import org.metricflow.symbolic.functionals.TwoDerivativeEnergy;
import org.metricflow.symbolic.variation.EulerLagrange;
import org.metricflow.symbolic.variation.JetExpression;
import org.metricflow.symbolic.variation.LocalFunctional;
import org.metricflow.symbolic.variation.Measure;
import org.metricflow.symbolic.variation.PeriodicQuadrature;
import org.metricflow.verification.Budget;
import org.metricflow.verification.CheckResult;
import org.metricflow.verification.Mutation;

/** (B.16): the first variation of the two-derivative energy. */
final class TwoDerivativeVariation extends SymbolicClaim {

    static final String CORRECTED = "dE_2deriv = -Int mu_CY [d^c eta dbar^d eta + 2 eta^2 (Laplacian ln eta) g^{cd}] "
            + "d_c dbar_d dphi (flat background); in one complex dimension -4 Int mu_CY eta^{-1/2} (ddbar eta^{1/2}) "
            + "ddbar dphi";

    TwoDerivativeVariation() {
        super("monge-ampere-2deriv-variation", "(B.16)", "On T^2: the finite-difference derivative of "
                + "E = Int g^{ab} d_a eta dbar_b eta along psi vs the integral of the corrected first variation and "
                + "of (B.16) as printed; Euler-Lagrange == corrected density exactly.");
    }

    @Override
    public Mutation mutation() {
        return Mutation.planted("the printed (B.16) variation in place of the corrected one");
    }

    @Override
    public CheckResult check(Budget budget) {
        TwoDerivativeEnergy e = new TwoDerivativeEnergy(Fixtures.kahler());
        var chart = Fixtures.kahler().complexifiedChart();
        Sym correctedDensity = EulerLagrange.derivative(new LocalFunctional("corrected", chart,
                e.variationFields(), e.firstVariation(), Measure.coordinate()), TwoDerivativeEnergy.VARIATION,
                Simplification.RATIONAL);
        boolean exact = Fixtures.identical(e.gradient(), correctedDensity, budget);
        PeriodicQuadrature q = Fixtures.kahlerTorus(budget);
        Map<String, Sym> phi = Fixtures.kahlerPotential();
        Sym psi = Fixtures.kahlerDirection();
        Map<String, Sym> both = Map.of("phi", phi.get("phi"), TwoDerivativeEnergy.VARIATION, psi);
        double fd = q.derivativeAlong(e.functional().integrandJet(), phi, Map.of("phi", psi), 1e-3);
        double corrected = q.integrate(JetExpression.of(budget.planted(e.firstVariation(), e.firstVariationAsPrinted()),
                chart, e.variationFields()), both);
        double printed = q.integrate(JetExpression.of(e.firstVariationAsPrinted(), chart, e.variationFields()), both);
        String detail = String.format(Locale.ROOT, "dE/de = %.10g; corrected %.10g; (B.16) as printed %.10g; "
                + "Euler-Lagrange == corrected exactly: %s; grid %d^2", fd, corrected, printed, exact,
                budget.scale(24, 32));
        if (Fixtures.relative(printed, fd) < 1e-5) {
            return CheckResult.compare("relative difference (B.16) vs finite differences",
                    Fixtures.relative(printed, fd), 0, 1e-5, detail);
        }
        return CheckResult.erratum("relative difference corrected vs finite differences",
                exact ? Fixtures.relative(corrected, fd) : Double.NaN, 0, 1e-5, detail, CORRECTED);
    }
}
