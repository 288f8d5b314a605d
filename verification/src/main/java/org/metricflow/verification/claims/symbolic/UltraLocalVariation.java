package org.metricflow.verification.claims.symbolic;

import java.util.Locale;
import java.util.Map;
import org.metricflow.symbolic.cas.Sym;
import org.metricflow.symbolic.functionals.UltraLocalEnergy;
import org.metricflow.symbolic.variation.PeriodicQuadrature;
import org.metricflow.verification.Budget;
import org.metricflow.verification.CheckResult;

/** (B.13): δE_ultra = ½ ∫ μ_J ∇²F'(η) φ. */
final class UltraLocalVariation extends SymbolicClaim {

    static final String CORRECTED = "dE_ultra = Int mu_J (g^{ab} d_a dbar_b F'(eta)) dphi = 1/4 Int mu_J grad^2 F'(eta) "
            + "dphi, with the paper's J = (i/2) g dz^dzbar (real metric g_ab dz dzbar, grad^2 = 4 g^{ab} d_a dbar_b, "
            + "mu_J = J^n/n! = det g d^2n x)";

    UltraLocalVariation() {
        super("monge-ampere-ultralocal-variation", "(B.13)", "For F = (eta - 1)^2 on T^2: the finite-difference "
                + "derivative of E = Int F(eta) mu_CY along psi vs Int mu_J Laplacian F'(eta) psi (corrected) and vs "
                + "(B.13) as printed; the Euler-Lagrange derivative equals the corrected density exactly.");
    }

    @Override
    public CheckResult check(Budget budget) {
        UltraLocalEnergy e = UltraLocalEnergy.quadratic(Fixtures.kahler());
        boolean exact = Fixtures.identical(e.gradient(), e.gradientFormula(), budget);
        PeriodicQuadrature q = Fixtures.kahlerTorus(budget);
        Map<String, Sym> phi = Fixtures.kahlerPotential();
        Sym psi = Fixtures.kahlerDirection();
        var chart = e.mongeAmpere().setting().complexifiedChart();
        var fields = e.mongeAmpere().setting().fields();
        double fd = q.derivativeAlong(e.functional().integrandJet(), phi, Map.of("phi", psi), 1e-3);
        double corrected = Fixtures.pairing(q, e.gradientFormula(), chart, fields, psi, phi);
        double printed = Fixtures.pairing(q, e.gradientAsPrinted(), chart, fields, psi, phi);
        String detail = String.format(Locale.ROOT, "dE/de = %.10g; corrected %.10g; (B.13) as printed %.10g "
                + "(ratio %.6f); Euler-Lagrange == corrected exactly: %s", fd, corrected, printed, printed / fd, exact);
        if (Fixtures.relative(printed, fd) < 1e-6) {
            return CheckResult.compare("(B.13) / finite differences", printed / fd, 1, 1e-6, detail);
        }
        return CheckResult.erratum("corrected (B.13) / finite differences", exact ? corrected / fd : Double.NaN, 1,
                1e-6, detail, CORRECTED);
    }
}
