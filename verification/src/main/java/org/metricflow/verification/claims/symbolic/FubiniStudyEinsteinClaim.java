package org.metricflow.verification.claims.symbolic;

import org.metricflow.symbolic.cas.Sym;
import org.metricflow.symbolic.geometry.ComplexChart;
import org.metricflow.symbolic.geometry.KahlerGeometry;
import org.metricflow.verification.Budget;
import org.metricflow.verification.CheckResult;
import org.metricflow.verification.Claim;

/**
 * Eqs. (B.1), (B.3): the Kähler metric and Ricci form of the Fubini–Study potential K = ln(1 + |z1|² + |z2|²) on CP²
 * satisfy the Einstein condition R_{ab̄} = (n+1) g_{ab̄} = 3 g_{ab̄} (a classical fact, independent of the code).
 */
final class FubiniStudyEinsteinClaim implements Claim {

    @Override
    public String id() {
        return "symbolic.fubini-study-einstein";
    }

    @Override
    public String equation() {
        return "eqs. (B.1), (B.3)";
    }

    @Override
    public String statement() {
        return "Ricci form -ddbar ln det g of the Fubini-Study potential on CP^2 equals 3 g (Einstein, Ric = (n+1) g)";
    }

    @Override
    public CheckResult check(Budget budget) {
        KahlerGeometry k = KahlerGeometry.fromPotential(ComplexChart.of("z1", "z2"),
                Sym.parse("Log(1 + z1*z1b + z2*z2b)"));
        int wrong = 0;
        for (int a = 0; a < 2; a++) {
            for (int b = 0; b < 2; b++) {
                wrong += Identities.mismatch(k.ricci(a, b), k.metric(a, b).times(Sym.of(3)), Sym.ONE,
                        budget.seed() + 2L * a + b);
            }
        }
        return CheckResult.compare("number of components with Ric != 3g (of 4)", wrong, 0, 0,
                "exact identity at random rational points");
    }
}
