package org.metricflow.verification.claims.cy;

import org.hipparchus.complex.Complex;
import org.metricflow.numeric.manifold.FermatClosedForms;
import org.metricflow.numeric.manifold.ProjectiveHypersurface;
import org.metricflow.numeric.metric.MongeAmpere;
import org.metricflow.numeric.metric.MongeAmpereEstimate;
import org.metricflow.verification.Budget;
import org.metricflow.verification.CheckResult;
import org.metricflow.verification.Claim;
import org.metricflow.verification.Mutation;

/** ⟨|Ω|²/det g_FS⟩ under the FS measure on the Fermat quintic against (6/5)·5^{−4}π³(Γ(1/5)/Γ(4/5))⁵. */
public final class QuinticOmegaOverFsClaim implements Claim {

    @Override
    public String id() {
        return "cy.quintic-omega-over-fs";
    }

    @Override
    public String equation() {
        return "eq. (3.1), (B.10)";
    }

    @Override
    public String statement() {
        return "The FS-measure average of |Omega|^2/det g_FS on the Fermat quintic equals the closed form "
                + "(6/5) 5^-4 pi^3 (Gamma(1/5)/Gamma(4/5))^5 = 56.757 within 4 standard errors";
    }

    @Override
    public Mutation mutation() {
        return Mutation.planted("points sampled on the Dwork quintic psi = 1/2 instead of the Fermat quintic");
    }

    @Override
    public CheckResult check(Budget budget) {
        int n = budget.scale(200_000, 2_000_000);
        MongeAmpereEstimate e = MongeAmpere.fubiniStudy(CySamples.sample(budget.planted(ProjectiveHypersurface.fermatQuintic(),
                ProjectiveHypersurface.dwork(new Complex(0.5, 0))), n,
                budget, 41));
        double scale = 6.0 / 5.0;
        double mean = e.volumeOmega().value() * scale;
        return CheckResult.compare("<|Omega|^2/det g_FS>_FS", mean, FermatClosedForms.meanOmegaOverFubiniStudy(5),
                CySamples.PULL * e.volumeOmega().standardError() * scale, n + " points, " + e.lines()
                        + " lines; kappa = 1/mean = " + CySamples.describe(e.kappa()));
    }
}
