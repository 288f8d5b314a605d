package org.metricflow.verification.claims.codegen;

import java.util.Locale;
import org.hipparchus.random.Well19937c;
import org.metricflow.symbolic.cas.Sym;
import org.metricflow.symbolic.codegen.DensityCase;
import org.metricflow.symbolic.codegen.LocalDensity;
import org.metricflow.symbolic.codegen.ReferenceDensities;
import org.metricflow.symbolic.codegen.SymjaCrossCheck;
import org.metricflow.verification.Budget;
import org.metricflow.verification.CheckResult;
import org.metricflow.verification.Claim;
import org.metricflow.verification.Mutation;

/**
 * Generated JVM code of each reference local density and of its gradient with respect to every jet variable equals
 * Symja's own numeric evaluation (substitute the jet, N[]) at random jets.
 */
public final class GeneratedCodeMatchesSymjaClaim implements Claim {

    /** Largest accepted normwise relative error. */
    static final double TOLERANCE = 1e-12;

    @Override
    public String id() {
        return "codegen.generated-vs-symja";
    }

    @Override
    public String equation() {
        return "local densities of eqs. (2.41), (B.12)";
    }

    @Override
    public String statement() {
        return "Compiled code of each local density (Perelman (R+|grad phi|^2)e^-phi sqrt(g) for conformal and diagonal "
                + "2D metrics, 2D conformal R, Monge-Ampere (eta-1)^2 and eta ln eta) and of its gradient over every jet "
                + "variable equals Symja's numeric evaluation at random jets: max normwise relative error <= 1e-12.";
    }

    @Override
    public Mutation mutation() {
        return Mutation.planted("the first density's generated code compiled from the density times (1 + 1e-8), "
                + "compared with Symja's evaluation of the unperturbed density");
    }

    @Override
    public CheckResult check(Budget budget) {
        int points = budget.scale(20, 200);
        Well19937c rng = new Well19937c(budget.seed());
        double worst = 0;
        StringBuilder detail = new StringBuilder();
        boolean first = true;
        for (DensityCase c : ReferenceDensities.all()) {
            LocalDensity reference = c.compile();
            LocalDensity generated = first && budget.mutated() ? LocalDensity.compile(c.density().times(
                    Sym.parse("1 + 10^-8")), c.jets(), c.coordinates()) : reference;
            first = false;
            double err = SymjaCrossCheck.maxRelativeError(generated, reference, points, rng);
            worst = Math.max(worst, err);
            detail.append(String.format(Locale.ROOT, "%s (%d outputs): %.1e; ", c.name(), c.jets().size() + 1, err));
        }
        detail.append(points).append(" random jets per density (field values in [0.5,1.5], off-diagonal metric "
                + "components in [-0.25,0.25], derivatives in [-1,1])");
        return CheckResult.compare("max normwise relative error, generated code vs Symja N[]", worst, 0, TOLERANCE,
                detail.toString());
    }
}
