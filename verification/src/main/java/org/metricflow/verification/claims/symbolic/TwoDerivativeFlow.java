package org.metricflow.verification.claims.symbolic;

import java.util.Locale;
import org.metricflow.symbolic.functionals.TwoDerivativeEnergy;
import org.metricflow.symbolic.variation.JetExpression;
import org.metricflow.verification.Budget;
import org.metricflow.verification.CheckResult;
import org.metricflow.verification.Mutation;

/** (B.19), (B.20): the flow dφ/dt = −η^{−1/2}. */
final class TwoDerivativeFlow extends SymbolicClaim {

    TwoDerivativeFlow() {
        super("monge-ampere-2deriv-flow", "(B.19), (B.20)", "dphi/dt = -eta^{-1/2} ends at eta = 1, is linearly "
                + "stable there (symbol -|k|^2/8) and decreases E_2deriv on a test potential (dE/dt = Int (dE/dphi) "
                + "dphi/dt < 0); it is not the L2 gradient flow of (B.15) (see the (B.16) claim).");
    }

    @Override
    public Mutation mutation() {
        return Mutation.planted("the (B.20) velocity with its sign reversed");
    }

    @Override
    public CheckResult check(Budget budget) {
        TwoDerivativeEnergy e = new TwoDerivativeEnergy(Fixtures.kahler());
        double rate = KahlerSymbols.growthRate(budget.planted(e.flowAsPrinted(), e.flowAsPrinted().negate()), 1);
        var setting = Fixtures.kahler();
        double dEdt = Fixtures.kahlerTorus(budget).integrate(JetExpression.of(e.gradient().times(e.flowAsPrinted()),
                setting.complexifiedChart(), setting.fields()), Fixtures.kahlerPotential());
        return CheckResult.compare("growth rate at k = 1", dEdt < 0 ? rate : Double.NaN, -1.0 / 8, 1e-12,
                String.format(Locale.ROOT, "dE_2deriv/dt along (B.20) on the test potential: %.6g", dEdt));
    }
}
