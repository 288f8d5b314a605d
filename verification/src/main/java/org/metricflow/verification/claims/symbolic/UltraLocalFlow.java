package org.metricflow.verification.claims.symbolic;

import java.util.Locale;
import java.util.Map;
import org.metricflow.symbolic.cas.JetVariables;
import org.metricflow.symbolic.cas.Sym;
import org.metricflow.symbolic.functionals.UltraLocalEnergy;
import org.metricflow.symbolic.variation.PeriodicQuadrature;
import org.metricflow.verification.Budget;
import org.metricflow.verification.CheckResult;
import org.metricflow.verification.Mutation;

/** (B.21): the gradient flow of the ultra-local energy F = (η−1)². */
final class UltraLocalFlow extends SymbolicClaim {

    static final String CORRECTED = "descent of E = Int (eta-1)^2 mu_CY: dphi/dt = +2(eta - 1) in the metric "
            + "Int a (-Laplacian) b mu_J (or dphi/dt = -2 Laplacian eta in L2); the printed -2(eta - 1) is gradient "
            + "ascent (unstable at eta = 1), and its second equality -2 det(...)/mu_CY drops the -1";

    UltraLocalFlow() {
        super("monge-ampere-ultralocal-flow", "(B.21)", "Linear growth rates at the flat torus of dphi/dt = "
                + "-2(eta-1) (printed) and +2(eta-1), and the sign of dE/dt along each on a test potential.");
    }

    @Override
    public Mutation mutation() {
        return Mutation.planted("the printed (B.21) velocity in place of the corrected +2(eta - 1)");
    }

    @Override
    public CheckResult check(Budget budget) {
        UltraLocalEnergy e = UltraLocalEnergy.quadratic(Fixtures.kahler());
        double printed = KahlerSymbols.growthRate(e.flowAsPrinted(), 1);
        double corrected = KahlerSymbols.growthRate(budget.planted(e.hMinusOneFlow(), e.flowAsPrinted()), 1);
        PeriodicQuadrature q = Fixtures.kahlerTorus(budget);
        Map<String, Sym> phi = Fixtures.kahlerPotential();
        var coords = e.mongeAmpere().setting().complexifiedChart().coordinates();
        Sym v = JetVariables.substituteFields(e.hMinusOneFlow(), coords, phi);
        double dEcorrected = q.derivativeAlong(e.functional().integrandJet(), phi, Map.of("phi", v), 1e-4);
        String detail = String.format(Locale.ROOT, "growth rate at k = 1: printed %.6f, corrected %.6f; dE/dt along "
                + "+2(eta-1) = %.6g (along the printed flow: %.6g)", printed, corrected, dEcorrected, -dEcorrected);
        if (printed <= 0) {
            return CheckResult.compare("growth rate of (B.21) at k = 1", printed, -0.5, 1e-12, detail);
        }
        return CheckResult.erratum("growth rate of dphi/dt = 2(eta-1) at k = 1", dEcorrected < 0 ? corrected
                : Double.NaN, -0.5, 1e-12, detail, CORRECTED);
    }
}
