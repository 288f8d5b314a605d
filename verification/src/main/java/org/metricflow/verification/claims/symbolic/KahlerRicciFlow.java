package org.metricflow.verification.claims.symbolic;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.metricflow.symbolic.cas.Sym;
import org.metricflow.symbolic.functionals.KahlerPotentialSetting;
import org.metricflow.symbolic.functionals.KahlerRicci;
import org.metricflow.symbolic.variation.LinearisedSymbol;
import org.metricflow.verification.Budget;
import org.metricflow.verification.CheckResult;
import org.metricflow.verification.Mutation;

/**
 * (B.4): inserting R_{ab̄} into Hamilton's flow gives ∂_t g = ∂∂̄ ln g? Hamilton's −2Ric is 2∂∂̄ ln det g for
 * ds² = 2g dz dz̄ (measured here) and 4∂∂̄ ln det g under the paper's J = (i/2)g dz∧dz̄: (B.4) is t → 4t there.
 */
final class KahlerRicciFlow extends SymbolicClaim {

    static final String CORRECTED = "Hamilton's flow dg/dt = -2 Ric reads dg_ab/dt = -2 R_ab = 2 d_a dbar_b ln det g"
            + " for ds^2 = 2 g_ab dz dzbar, and 4 d_a dbar_b ln det g under the paper's own J = (i/2) g dz^dzbar "
            + "(ds^2 = g_ab dz dzbar); (B.4) is Hamilton's flow with time rescaled t -> 4t under the paper's J "
            + "(t -> 2t under ds^2 = 2 g dz dzbar): the normalised Kahler-Ricci flow, potential form dphi/dt = "
            + "ln(det g/det g0)";

    KahlerRicciFlow() {
        super("kahler-ricci-flow", "(B.4)", "The ratio of Hamilton's velocity -2 R_ab to the paper's d_a dbar_b "
                + "ln det g at a test potential on T^2, and the linear symbols of the potential flows.");
    }

    @Override
    public Mutation mutation() {
        return Mutation.planted("Hamilton's velocity in the paper's-J reading (4 ddbar ln det g) against the ratio 2 "
                + "expected for ds^2 = 2 g dz dzbar");
    }

    @Override
    public CheckResult check(Budget budget) {
        KahlerPotentialSetting s = Fixtures.kahler();
        KahlerRicci k = new KahlerRicci(s);
        Map<String, Sym> phi = Fixtures.kahlerPotential();
        double printed = Fixtures.kahlerValueAt(k.metricVelocityAsPrinted(0, 0), phi, 0.4, 1.3).getReal();
        double hamilton = Fixtures.kahlerValueAt(k.hamiltonMetricVelocity(0, 0), phi, 0.4, 1.3).getReal();
        Sym symbol = LinearisedSymbol.of(s.complexifiedChart(), s.realCoordinates(), s.fields(),
                List.of(k.potentialVelocity()), Map.of("phi", Sym.ZERO)).entry(0, 0).expand();
        double ratio = budget.planted(hamilton, 2 * hamilton) / printed;
        String detail = String.format(Locale.ROOT, "at (x,y) = (0.4, 1.3): (B.4) gives %.6g, Hamilton %.6g; symbol "
                + "of dphi/dt = ln det g: %s (Hamilton's: twice that for ds^2 = 2 g dz dzbar, four times under the "
                + "paper's J, whose real metric has complex components g/2)", printed, hamilton, symbol);
        if (Math.abs(ratio - 1) < 1e-9) {
            return CheckResult.compare("Hamilton velocity / (B.4) velocity", ratio, 1, 1e-9, detail);
        }
        return CheckResult.erratum("Hamilton velocity / (B.4) velocity", ratio, 2, 1e-9, detail, CORRECTED);
    }
}
