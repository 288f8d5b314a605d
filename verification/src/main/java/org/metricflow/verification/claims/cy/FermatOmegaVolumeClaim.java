package org.metricflow.verification.claims.cy;

import org.metricflow.numeric.manifold.FermatClosedForms;
import org.metricflow.numeric.manifold.ProjectiveHypersurface;
import org.metricflow.numeric.metric.MongeAmpere;
import org.metricflow.numeric.metric.MongeAmpereEstimate;
import org.metricflow.verification.Budget;
import org.metricflow.verification.CheckResult;
import org.metricflow.verification.Claim;
import org.metricflow.verification.Mutation;

/**
 * Vol_Ω = ∫|Ω|² of the Fermat cubic curve (flat torus) or quartic K3 from the weighted Monte Carlo sample against
 * the closed form k^{1−k}π^{k−2}(Γ(1/k)/Γ(1−1/k))^k, within 4 standard errors.
 */
public final class FermatOmegaVolumeClaim implements Claim {

    private final int k;

    /** @param k number of coordinates: 3 (cubic curve) or 4 (quartic K3) */
    public FermatOmegaVolumeClaim(int k) {
        this.k = k;
    }

    @Override
    public String id() {
        return k == 3 ? "cy.cubic-omega-volume" : "cy.quartic-omega-volume";
    }

    @Override
    public String equation() {
        return "eq. (B.10), Fermat " + (k == 3 ? "cubic curve" : "quartic K3");
    }

    @Override
    public String statement() {
        return "Monte Carlo Vol_Omega = Vol_FS * mean(|Omega|^2/det g_FS) of the Fermat " + (k == 3 ? "cubic" : "quartic")
                + " equals the closed form from the periods (complex Beta integral) within 4 standard errors";
    }

    @Override
    public Mutation mutation() {
        return Mutation.planted("points sampled on the Fermat hypersurface with one more coordinate");
    }

    @Override
    public CheckResult check(Budget budget) {
        int n = budget.scale(200_000, 2_000_000);
        MongeAmpereEstimate e = MongeAmpere.fubiniStudy(CySamples.sample(ProjectiveHypersurface.fermat(budget.mutated() ? k + 1 : k), n, budget,
                20 + k));
        double exact = FermatClosedForms.volumeOmega(k);
        String lattice = k == 3 ? "; equal to the period-lattice area sqrt(3)/18 B(1/3,1/3)^2" : "";
        return CheckResult.compare("Vol_Omega (|f|^2 d^{2d}x, f = 1/(dp/dz_e))", e.volumeOmega().value(), exact,
                CySamples.PULL * e.volumeOmega().standardError(), n + " points, " + e.lines() + " lines: "
                        + CySamples.describe(e.volumeOmega()) + " vs closed form " + exact + lattice);
    }
}
