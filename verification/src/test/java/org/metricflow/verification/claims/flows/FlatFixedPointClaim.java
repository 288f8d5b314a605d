package org.metricflow.verification.claims.flows;

import java.util.ArrayList;
import java.util.List;
import org.metricflow.flows.InitialFields;
import org.metricflow.symbolic.functionals.NamedFlow;
import org.metricflow.flows.classic.ClassicalFlows;
import org.metricflow.flows.grid.TorusGrid;
import org.metricflow.flows.local.LocalFlow;
import org.metricflow.verification.Budget;
import org.metricflow.verification.CheckResult;
import org.metricflow.verification.Claim;

/** The flat metric (φ = 0) is a fixed point of every classical flow: the generated velocity vanishes there. */
public final class FlatFixedPointClaim implements Claim {

    private final ClassicalFlows catalogue;

    public FlatFixedPointClaim(ClassicalFlows catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public String id() {
        return "flows.flat-fixed-point";
    }

    @Override
    public String equation() {
        return "eqs. (2.39), (2.40), (B.4), (B.8), (B.21)";
    }

    @Override
    public String statement() {
        return "By construction an identity (kept as a unit test, not a verify claim: it tests the integrator or "
                + "the shared Jacobian code, not the paper): "
                + "The flat metric on T^2, T^3 (and phi = 0 on C/L) is a fixed point of the Ricci, Perelman, "
                + "Kahler-Ricci, Calabi and Monge-Ampere flows: max |velocity| = 0 to rounding";
    }

    @Override
    public CheckResult check(Budget budget) {
        double worst = 0;
        List<String> checked = new ArrayList<>();
        for (NamedFlow flow : NamedFlow.values()) {
            for (int d : flow.kahler() ? new int[] {2} : new int[] {2, 3}) {
                var definition = catalogue.definition(flow, d);
                var grid = new TorusGrid(d, 8);
                var local = new LocalFlow(definition, grid, 1);
                double[] y = InitialFields.flat(definition).sample(grid);
                double[] v = new double[y.length];
                local.velocity(0, y, v);
                for (double x : v) {
                    worst = Math.max(worst, Math.abs(x));
                }
                checked.add(flow.id() + " T^" + d);
            }
        }
        return CheckResult.compare("max |velocity| at the flat metric", worst, 0, 1e-12,
                "8^d grids: " + String.join(", ", checked));
    }
}
