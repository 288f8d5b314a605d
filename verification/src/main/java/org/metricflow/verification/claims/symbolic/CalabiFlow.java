package org.metricflow.verification.claims.symbolic;

import java.util.Locale;
import java.util.Map;
import org.metricflow.symbolic.cas.Sym;
import org.metricflow.symbolic.functionals.Calabi;
import org.metricflow.symbolic.variation.JetExpression;
import org.metricflow.symbolic.variation.PeriodicQuadrature;
import org.metricflow.verification.Budget;
import org.metricflow.verification.CheckResult;
import org.metricflow.verification.Mutation;

/** (B.8), (B.9): the sign of R and of Calabi flow. */
final class CalabiFlow extends SymbolicClaim {

    static final String CORRECTED = "R = g^{ab} R_ab = -g^{ab} d_a dbar_b ln det g; Calabi flow dphi/dt = R "
            + "(= -Laplacian ln det g), i.e. dg_ab/dt = d_a dbar_b R; it decreases Int R^2 J^n but is not its L2 "
            + "gradient flow (that is 8th order): it is the L2 gradient descent of the Mabuchi K-energy";

    CalabiFlow() {
        super("calabi-flow", "(B.8), (B.9)", "On T^2 with a test potential: g^{ab} d_a dbar_b ln det g = -R exactly; "
                + "dE/dt = Int (dE/dphi) dphi/dt for E = Int R^2 det g along dphi/dt = R and along (B.9); linear "
                + "growth rates of both at the flat metric, k = 1.");
    }

    @Override
    public Mutation mutation() {
        return Mutation.planted("the printed (B.9) velocity in place of the corrected dphi/dt = R");
    }

    @Override
    public CheckResult check(Budget budget) {
        Calabi c = new Calabi(Fixtures.kahler());
        boolean sign = Fixtures.identical(c.scalarAsPrinted(), c.scalar().negate(), budget);
        PeriodicQuadrature q = Fixtures.kahlerTorus(budget);
        Map<String, Sym> phi = Fixtures.kahlerPotential();
        var chart = c.setting().complexifiedChart();
        double alongR = q.integrate(JetExpression.of(c.energyGradient().times(c.potentialVelocity()), chart,
                c.setting().fields()), phi);
        double alongB9 = q.integrate(JetExpression.of(c.energyGradient().times(c.potentialVelocityAsPrinted()), chart,
                c.setting().fields()), phi);
        double rate = KahlerSymbols.growthRate(budget.planted(c.potentialVelocity(), c.potentialVelocityAsPrinted()),
                1);
        double ratePrinted = KahlerSymbols.growthRate(c.potentialVelocityAsPrinted(), 1);
        String detail = String.format(Locale.ROOT, "(B.8)'s g^{ab}ddbar ln g == -R: %s; dE/dt along dphi/dt = R: "
                + "%.6g, along (B.9): %.6g; growth rate at k = 1: %.6f (corrected), %.6f (B.9) (grid %d^2)",
                sign, alongR, alongB9, rate, ratePrinted, budget.scale(24, 32));
        boolean consistent = sign && alongR < 0 && alongB9 > 0 && ratePrinted > 0;
        return CheckResult.erratum("linear growth rate of Calabi flow dphi/dt = R at k = 1",
                consistent ? rate : Double.NaN, -1.0 / 16, 1e-12, detail, CORRECTED);
    }
}
