package org.metricflow.verification.claims.symbolic;

import java.util.Locale;
import org.metricflow.symbolic.cas.Sym;
import org.metricflow.symbolic.functionals.Perelman;
import org.metricflow.symbolic.geometry.SymmetricMatrix;
import org.metricflow.verification.Budget;
import org.metricflow.verification.CheckResult;
import org.metricflow.verification.Mutation;

/** (2.40) is Ricci flow (2.39) up to the Lie derivative L_{∇φ}g = 2∇∇φ. */
final class PerelmanRicciFlowEquivalence extends SymbolicClaim {

    PerelmanRicciFlowEquivalence() {
        super("perelman-ricci-flow-equivalence", "(2.39), (2.40)", "-2(R_ij + D_i D_j phi) = -2 R_ij - "
                + "(L_{grad phi} g)_ij with the Lie derivative computed from partial derivatives only: exact "
                + "identity for a general 2D metric, and pointwise on the test metric.");
    }

    @Override
    public Mutation mutation() {
        return Mutation.planted("the Lie-derivative term L_{grad phi} g dropped from the right-hand side");
    }

    @Override
    public CheckResult check(Budget budget) {
        Perelman p = Fixtures.perelman();
        SymmetricMatrix v = p.curvatureFlowVelocity();
        SymmetricMatrix lie = p.lieDerivativeAlongGradient();
        SymmetricMatrix ricciMinusLie = SymmetricMatrix.of(2, (i, j) -> p.ricciFlowVelocity().get(i, j)
                .minus(budget.planted(lie.get(i, j), Sym.ZERO)));
        boolean identity = true;
        for (int i = 0; i < 2; i++) {
            for (int j = i; j < 2; j++) {
                identity &= Fixtures.identical(v.get(i, j), ricciMinusLie.get(i, j), budget);
            }
        }
        double max = Math.max(Fixtures.maxDifference(v, ricciMinusLie, p.chart(), Fixtures.perelmanFields(), 0.3,
                0.7), Fixtures.maxDifference(v, ricciMinusLie, p.chart(), Fixtures.perelmanFields(), 2.1, 4.4));
        return CheckResult.compare("max |v_ij - (-2R_ij - L_{grad phi} g_ij)| at two points",
                identity ? max : Double.NaN, 0, 1e-12, String.format(Locale.ROOT,
                        "exact identity (random rational points): %s", identity));
    }
}
