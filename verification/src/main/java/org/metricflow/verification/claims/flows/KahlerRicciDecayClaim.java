package org.metricflow.verification.claims.flows;

import org.metricflow.symbolic.functionals.NamedFlow;
import org.metricflow.flows.classic.ClassicalFlows;
import org.metricflow.verification.Budget;
import org.metricflow.verification.CheckResult;
import org.metricflow.verification.Claim;
import org.metricflow.verification.Mutation;

/**
 * Kähler–Ricci flow (B.4) on the flat torus C/Λ as the potential flow ∂_tφ = ln det(δ + ∂∂̄φ): linearised
 * ∂_tφ = tr ∂∂̄φ = Δφ/4 (∂ = (∂_x − i∂_y)/2), so φ = ε cos(kx + ly) decays at rate (k² + l²)/4; ∫det g is conserved
 * (the Kähler class is fixed).
 */
public final class KahlerRicciDecayClaim implements Claim {

    private final ClassicalFlows catalogue;

    public KahlerRicciDecayClaim(ClassicalFlows catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public String id() {
        return "flows.kahler-ricci-decay";
    }

    @Override
    public String equation() {
        return "eq. (B.4)";
    }

    @Override
    public String statement() {
        return "Kahler-Ricci flow on the flat torus C/L: the potential mode cos(2x + y) decays at rate (k^2+l^2)/4 "
                + "= 5/4 and the volume integral of det g is conserved";
    }

    @Override
    public Mutation mutation() {
        return Mutation.planted("the Kaehler-Ricci velocity with its sign reversed (backward flow)");
    }

    @Override
    public CheckResult check(Budget budget) {
        double[] r = budget.mutated() ? TorusRuns.printedSignRate(catalogue, NamedFlow.KAHLER_RICCI)
                : TorusRuns.potentialRate(catalogue, NamedFlow.KAHLER_RICCI);
        String detail = String.format("8^2 grid on C/L (square lattice 2pi(Z + iZ)), relative volume drift %.1e", r[1]);
        if (!(r[1] < 1e-12)) {
            return CheckResult.compare("relative drift of the volume", r[1], 0, 1e-12, detail);
        }
        return CheckResult.compare("decay rate of the potential mode cos(2x + y)", r[0], 1.25, 1e-4, detail);
    }
}
