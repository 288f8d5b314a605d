package org.metricflow.verification.claims.flows;

import org.metricflow.flows.time.DecayRate;
import org.metricflow.flows.analysis.FourierModes;
import org.metricflow.symbolic.functionals.NamedFlow;
import org.metricflow.flows.classic.ClassicalFlows;
import org.metricflow.flows.grid.TorusGrid;
import org.metricflow.flows.local.LocalFlow;
import org.metricflow.verification.Budget;
import org.metricflow.verification.CheckResult;
import org.metricflow.verification.Claim;
import org.metricflow.verification.Mutation;

/**
 * Linearised Ricci flow on T²: for g = e^{2u}δ, R = −2e^{−2u}Δu and Ric = (R/2)g, so ∂_t g = −2Ric becomes
 * ∂_t u = e^{−2u}Δu and a mode ε cos(kx + ly) decays at rate k² + l².
 */
public final class RicciConformalDecayClaim implements Claim {

    private final ClassicalFlows catalogue;

    public RicciConformalDecayClaim(ClassicalFlows catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public String id() {
        return "flows.ricci-conformal-decay";
    }

    @Override
    public String equation() {
        return "eq. (2.39)";
    }

    @Override
    public String statement() {
        return "Ricci flow of g = e^{2u} delta on T^2 reduces to u_t = e^{-2u} Laplacian u: the mode "
                + "1e-5 cos(x + 2y) of u decays at rate k^2 + l^2 = 5 (fitted from a run of the generated velocity)";
    }

    @Override
    public Mutation mutation() {
        return Mutation.planted("the fitted rate scaled by 1.01 (a 1% error in the flow's speed)");
    }

    @Override
    public CheckResult check(Budget budget) {
        var definition = catalogue.definition(NamedFlow.RICCI, 2);
        var grid = new TorusGrid(2, 16);
        var flow = new LocalFlow(definition, grid);
        double eps = 1e-5;
        double[] y0 = TorusRuns.conformal(definition, grid, x -> eps * Math.cos(x[0] + 2 * x[1]));
        double planted = budget.planted(1.0, 1.01);
        var fit = DecayRate.measure(TorusRuns.runner(flow, y0, 1e-13), flow, y0, 0.4,
                y -> FourierModes.cosineAmplitude(grid, TorusRuns.conformalFactor(grid, y), 0, 1, 2));
        return CheckResult.compare("decay rate of the mode cos(x + 2y) of u", -fit.slope() * planted, 5.0, 1e-3,
                String.format("16^2 grid, eps = 1e-5, t in [0, 0.4], %d steps, slope error %.1e",
                        fit.points() - 1, fit.slopeError()));
    }
}
