package org.metricflow.verification.claims.symbolic;

import java.util.Locale;
import org.metricflow.symbolic.functionals.Calabi;
import org.metricflow.symbolic.functionals.UltraLocalEnergy;
import org.metricflow.verification.Budget;
import org.metricflow.verification.CheckResult;
import org.metricflow.verification.Mutation;

/** Text after (B.14): F = η ln η gives Calabi flow. */
final class EntropyGivesCalabiFlow extends SymbolicClaim {

    EntropyGivesCalabiFlow() {
        super("monge-ampere-entropy-calabi", "(B.14)", "For F = eta ln eta the L2 gradient descent of "
                + "E = Int F(eta) mu_CY, dphi/dt = -Laplacian F'(eta) = -Laplacian ln eta, equals Calabi flow "
                + "dphi/dt = R (exact identity; pointwise on the test potential).");
    }

    @Override
    public Mutation mutation() {
        return Mutation.planted("F = eta^2 (the quadratic energy) in place of eta ln eta");
    }

    @Override
    public CheckResult check(Budget budget) {
        UltraLocalEnergy e = budget.planted(UltraLocalEnergy.entropy(Fixtures.kahler()),
                UltraLocalEnergy.quadratic(Fixtures.kahler()));
        Calabi c = new Calabi(Fixtures.kahler());
        boolean exact = Fixtures.identical(e.l2Flow(), c.scalar(), budget);
        double a = Fixtures.kahlerValueAt(e.l2Flow(), Fixtures.kahlerPotential(), 0.7, 2.2).getReal();
        double b = Fixtures.kahlerValueAt(c.scalar(), Fixtures.kahlerPotential(), 0.7, 2.2).getReal();
        return CheckResult.compare("|L2 flow of eta ln eta - R| at (0.7, 2.2)", exact ? Math.abs(a - b) : Double.NaN,
                0, 1e-12, String.format(Locale.ROOT, "values %.12g and %.12g; exact identity: %s (uses "
                        + "ddbar ln|Omega|^2 = 0)", a, b, exact));
    }
}
