package org.metricflow.verification.claims.symbolic;

import java.util.Locale;
import java.util.Map;
import org.metricflow.symbolic.cas.Sym;
import org.metricflow.symbolic.functionals.Calabi;
import org.metricflow.symbolic.variation.PeriodicQuadrature;
import org.metricflow.verification.Budget;
import org.metricflow.verification.CheckResult;
import org.metricflow.verification.Mutation;

/** (B.7): the Euler–Lagrange derivative of Calabi's functional vs finite differences. */
final class CalabiVariation extends SymbolicClaim {

    CalabiVariation() {
        super("calabi-variation", "(B.7)", "dE/dphi of E = Int R^2 det g d^2x (eighth order in phi) from the "
                + "Euler-Lagrange operator agrees with the finite-difference derivative of E on T^2.");
    }

    @Override
    public Mutation mutation() {
        return Mutation.planted("the Euler-Lagrange derivative dE/dphi doubled (a factor 2 in the variation)");
    }

    @Override
    public CheckResult check(Budget budget) {
        Calabi c = new Calabi(Fixtures.kahler());
        PeriodicQuadrature q = Fixtures.kahlerTorus(budget);
        Map<String, Sym> phi = Fixtures.kahlerPotential();
        Sym psi = Fixtures.kahlerDirection();
        double fd = q.derivativeAlong(c.functional().integrandJet(), phi, Map.of("phi", psi), 1e-3);
        double pairing = Fixtures.pairing(q, budget.planted(c.energyGradient(), c.energyGradient().times(2)), c.setting().complexifiedChart(),
                c.setting().fields(), psi, phi);
        return CheckResult.compare("relative difference of dE/de and Int (dE/dphi) psi",
                Fixtures.relative(fd, pairing), 0, budget.quick() ? 1e-4 : 1e-5, String.format(Locale.ROOT,
                        "dE/de = %.10g, pairing %.10g, grid %d^2 (accuracy limited by the 8th derivatives)", fd,
                        pairing, budget.scale(24, 32)));
    }
}
