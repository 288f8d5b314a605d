package org.metricflow.verification.claims.cy;

import org.metricflow.numeric.manifold.ProjectiveHypersurface;
import org.metricflow.numeric.metric.MongeAmpere;
import org.metricflow.numeric.metric.MongeAmpereEstimate;
import org.metricflow.verification.Budget;
import org.metricflow.verification.CheckResult;
import org.metricflow.verification.Claim;
import org.metricflow.verification.Mutation;
import org.metricflow.verification.analytic.FermatCubicQuadrature;

/** σ-loss (B.11) of the restricted FS metric on the Fermat cubic: Monte Carlo with error bar vs quadrature. */
public final class CubicSigmaClaim implements Claim {

    @Override
    public String id() {
        return "cy.cubic-sigma-fs";
    }

    @Override
    public String equation() {
        return "eq. (B.11), Fermat cubic";
    }

    @Override
    public String statement() {
        return "The sigma-loss of the restricted Fubini-Study metric on the Fermat cubic, estimated by weighted "
                + "Monte Carlo with its standard error, equals a deterministic quadrature within 4 standard errors";
    }

    @Override
    public Mutation mutation() {
        return Mutation.planted("points sampled on the Fermat quartic surface instead of the cubic curve");
    }

    @Override
    public CheckResult check(Budget budget) {
        int n = budget.scale(200_000, 2_000_000);
        MongeAmpereEstimate e = MongeAmpere.fubiniStudy(CySamples.sample(budget.planted(ProjectiveHypersurface.fermatCubic(),
                ProjectiveHypersurface.fermat(4)), n,
                budget, 31));
        FermatCubicQuadrature.Result q = FermatCubicQuadrature.compute();
        return CheckResult.compare("sigma of g_FS on the Fermat cubic", e.sigma().value(), q.sigma(),
                CySamples.PULL * e.sigma().standardError(), n + " points: MC " + CySamples.describe(e.sigma())
                        + ", kappa " + CySamples.describe(e.kappa()) + "; quadrature sigma " + q.sigma()
                        + ", Vol_Omega " + q.volumeOmega() + ", Vol_FS " + q.volumeFs());
    }
}
