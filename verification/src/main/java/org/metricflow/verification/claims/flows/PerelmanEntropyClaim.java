package org.metricflow.verification.claims.flows;

import java.util.ArrayList;
import java.util.List;
import org.metricflow.flows.FlowDefinition;
import org.metricflow.flows.analysis.DensityIntegral;
import org.metricflow.symbolic.functionals.NamedFlow;
import org.metricflow.flows.classic.ClassicalFlows;
import org.metricflow.flows.grid.TorusGrid;
import org.metricflow.flows.local.LocalFlow;
import org.metricflow.verification.Budget;
import org.metricflow.verification.CheckResult;
import org.metricflow.verification.Claim;
import org.metricflow.verification.Mutation;

/**
 * Perelman's monotonicity: along ∂_t g = −2(Ric + ∇∇φ), ∂_tφ = −R − Δφ, the entropy
 * F = ∫(R + |∇φ|²)e^{−φ}dV (eq. (2.41)) obeys dF/dt = 2∫|Ric + ∇∇φ|² e^{−φ}dV ≥ 0.
 */
public final class PerelmanEntropyClaim implements Claim {

    private final ClassicalFlows catalogue;

    public PerelmanEntropyClaim(ClassicalFlows catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public String id() {
        return "flows.perelman-entropy-monotone";
    }

    @Override
    public String equation() {
        return "eqs. (2.40)-(2.41)";
    }

    @Override
    public String statement() {
        return "Along Perelman's flow on T^2 from a non-trivial (g, phi) the entropy F = int (R + |grad phi|^2) "
                + "e^{-phi} dV never decreases (largest step-to-step decrease relative to max|F|) and increases";
    }

    @Override
    public Mutation mutation() {
        return Mutation.planted("the dilaton equation with reversed sign, dphi/dt = R + Lap phi");
    }

    @Override
    public CheckResult check(Budget budget) {
        var generated = catalogue.definition(NamedFlow.PERELMAN, 2);
        int dilaton = generated.jets().fields().indexOf("phi");
        var definition = budget.mutated() ? new FlowDefinition(generated.name(), generated.jets(),
                new ReversedOutput(generated.velocity(), dilaton), generated.metric(), generated.density())
                : generated;
        var grid = new TorusGrid(2, 16); // see TorusRuns.PERELMAN_TIME
        var flow = new LocalFlow(definition, grid);
        double[] y0 = TorusRuns.perelmanInitial(definition).sample(grid);
        var entropy = new DensityIntegral(flow);
        List<Double> values = new ArrayList<>();
        TorusRuns.completed(TorusRuns.runner(flow, y0, 1e-11).withObserver(s -> values.add(entropy.integrate(
                s.state()))), flow, y0, TorusRuns.PERELMAN_TIME);
        double scale = 0;
        double decrease = 0;
        for (int i = 0; i < values.size(); i++) {
            scale = Math.max(scale, Math.abs(values.get(i)));
            if (i > 0) {
                decrease = Math.max(decrease, values.get(i - 1) - values.get(i));
            }
        }
        double first = values.get(0);
        double last = values.get(values.size() - 1);
        String detail = String.format("%s, t in [0, 0.1], %d steps: F from %.10f to %.10f", grid, values.size() - 1,
                first, last);
        if (!(last > first)) {
            return CheckResult.compare("total increase of F", last - first, Math.abs(first) + 1, Math.abs(first) + 1,
                    detail + " (F did not increase)");
        }
        return CheckResult.compare("largest decrease of F between steps / max|F|", decrease / scale, 0, 1e-9,
                detail);
    }
}
