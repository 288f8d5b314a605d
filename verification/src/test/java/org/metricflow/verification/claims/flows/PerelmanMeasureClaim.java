package org.metricflow.verification.claims.flows;

import org.metricflow.symbolic.functionals.NamedFlow;
import org.metricflow.flows.classic.ClassicalFlows;
import org.metricflow.flows.grid.TorusGrid;
import org.metricflow.flows.local.LocalFlow;
import org.metricflow.verification.Budget;
import org.metricflow.verification.CheckResult;
import org.metricflow.verification.Claim;

/**
 * Perelman's flow keeps the measure e^{−φ}dV fixed pointwise: ∂_t(e^{−φ}√g) = e^{−φ}√g(−∂_tφ + ½ g^{ij}∂_t g_ij)
 * = e^{−φ}√g(R + Δφ − R − Δφ) = 0 for ∂_t g = −2(Ric + ∇∇φ), ∂_tφ = −R − Δφ.
 */
public final class PerelmanMeasureClaim implements Claim {

    private final ClassicalFlows catalogue;

    public PerelmanMeasureClaim(ClassicalFlows catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public String id() {
        return "flows.perelman-measure";
    }

    @Override
    public String equation() {
        return "eq. (2.40)";
    }

    @Override
    public String statement() {
        return "By construction an identity (kept as a unit test, not a verify claim: it tests the integrator or "
                + "the shared Jacobian code, not the paper): "
                + "Perelman's flow of (g, phi) on T^2 keeps e^{-phi} sqrt(det g) fixed at every point (max change "
                + "relative to its maximum, t in [0, 0.1])";
    }

    @Override
    public CheckResult check(Budget budget) {
        var definition = catalogue.definition(NamedFlow.PERELMAN, 2);
        var grid = new TorusGrid(2, 16); // see TorusRuns.PERELMAN_TIME
        var flow = new LocalFlow(definition, grid);
        double[] y0 = TorusRuns.perelmanInitial(definition).sample(grid);
        double[] y1 = TorusRuns.completed(TorusRuns.runner(flow, y0, 1e-11), flow, y0, TorusRuns.PERELMAN_TIME);
        double[] m0 = measure(flow, y0);
        double[] m1 = measure(flow, y1);
        double change = 0;
        double max = 0;
        for (int p = 0; p < m0.length; p++) {
            change = Math.max(change, Math.abs(m1[p] - m0[p]));
            max = Math.max(max, m0[p]);
        }
        return CheckResult.compare("max |change of e^{-phi} sqrt(det g)| / max", change / max, 0, 1e-8,
                grid + ", DP853 at tolerance 1e-11");
    }

    private static double[] measure(LocalFlow flow, double[] state) {
        int n = flow.grid().points();
        int phi = flow.definition().jets().fields().indexOf("phi");
        double[] g = new double[n * 4];
        flow.metric().metrics(state, g);
        double[] m = new double[n];
        for (int p = 0; p < n; p++) {
            double det = g[4 * p] * g[4 * p + 3] - g[4 * p + 1] * g[4 * p + 2];
            m[p] = Math.exp(-state[phi * n + p]) * Math.sqrt(det);
        }
        return m;
    }
}
