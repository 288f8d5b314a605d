package org.metricflow.verification.claims.flows;

import java.util.List;
import org.metricflow.flows.analysis.LinearFit;
import org.metricflow.flows.grid.SpectralJets;
import org.metricflow.flows.grid.TorusGrid;
import org.metricflow.flows.kernel.PeriodicGaussian;
import org.metricflow.symbolic.jet.JetSpace;
import org.metricflow.verification.Budget;
import org.metricflow.verification.CheckResult;
import org.metricflow.verification.Claim;

/**
 * The σ → 0 limit of the Gaussian-kernel flow, eqs. (2.29)–(2.31): the kernel-smeared velocity G_σ ∗ v tends to
 * the local velocity v with error (σ²/2)Δv + O(σ⁴), for any smooth velocity field v (here a non-trivial field on
 * T²); the fitted exponent of the relative L² error is 2.
 */
public final class KernelLocalLimitClaim implements Claim {

    @Override
    public String id() {
        return "flows.kernel-local-limit";
    }

    @Override
    public String equation() {
        return "eqs. (2.29)-(2.31)";
    }

    @Override
    public String statement() {
        return "By construction an identity (kept as a unit test, not a verify claim: it tests the integrator or "
                + "the shared Jacobian code, not the paper): "
                + "The kernel flow velocity G_sigma * v tends to the local velocity v as sigma -> 0 with relative L2 "
                + "error ~ sigma^2 (fitted exponent 2; prefactor ||Laplacian v||/(2||v||))";
    }

    @Override
    public CheckResult check(Budget budget) {
        var grid = new TorusGrid(2, budget.scale(32, 64));
        double[] v = grid.sample(x -> Math.exp(Math.sin(x[0]) * Math.cos(2 * x[1])));
        double[] sigmas = {0.01, 0.02, 0.04, 0.08};
        double[] errors = new double[sigmas.length];
        for (int i = 0; i < sigmas.length; i++) {
            double[] smeared = new double[v.length];
            new PeriodicGaussian(grid, sigmas[i]).apply(v, smeared, 1);
            double diff = 0;
            double norm = 0;
            for (int p = 0; p < v.length; p++) {
                diff += (smeared[p] - v[p]) * (smeared[p] - v[p]);
                norm += v[p] * v[p];
            }
            errors[i] = Math.sqrt(diff / norm);
        }
        LinearFit fit = LinearFit.powerLaw(sigmas, errors);
        return CheckResult.compare("fitted exponent of ||G_sigma*v - v||/||v|| vs sigma", fit.slope(), 2.0, 0.01,
                String.format("sigma = 0.01..0.08 on %s; errors %.3e .. %.3e; fitted prefactor %.5f, expected "
                                + "||Laplacian v||/(2||v||) = %.5f", grid, errors[0], errors[errors.length - 1],
                        Math.exp(fit.intercept()), halfLaplacianRatio(grid, v)));
    }

    private static double halfLaplacianRatio(TorusGrid grid, double[] v) {
        var space = new JetSpace(2, 2, List.of("v"));
        double[] jets = new double[grid.points() * space.size()];
        new SpectralJets(grid, space, 1).jets(v, jets);
        int xx = space.index("v", 1, 1);
        int yy = space.index("v", 2, 2);
        double lap = 0;
        double norm = 0;
        for (int p = 0; p < grid.points(); p++) {
            double l = jets[p * space.size() + xx] + jets[p * space.size() + yy];
            lap += l * l;
            norm += v[p] * v[p];
        }
        return 0.5 * Math.sqrt(lap / norm);
    }
}
