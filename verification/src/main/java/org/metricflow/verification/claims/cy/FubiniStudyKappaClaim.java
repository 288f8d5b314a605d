package org.metricflow.verification.claims.cy;

import org.metricflow.numeric.kahler.AlgebraicMetric;
import org.metricflow.numeric.manifold.FermatClosedForms;
import org.metricflow.numeric.manifold.ProjectiveHypersurface;
import org.metricflow.numeric.metric.MongeAmpere;
import org.metricflow.numeric.metric.MongeAmpereEstimate;
import org.metricflow.numeric.sample.PointSample;
import org.metricflow.verification.Budget;
import org.metricflow.verification.CheckResult;
import org.metricflow.verification.Claim;
import org.metricflow.verification.Mutation;

/**
 * κ = Vol_g/Vol_Ω of the potential metric ln(s^† H s)/(kπ) at k = 1, H = 1 (the restricted Fubini–Study metric,
 * computed through the ansatz's ∂∂̄ code) equals the closed form Vol_FS/Vol_Ω of the Fermat quintic.
 */
public final class FubiniStudyKappaClaim implements Claim {

    @Override
    public String id() {
        return "kahler.potential-fs-kappa";
    }

    @Override
    public String equation() {
        return "eq. (B.10), Fermat quintic, Donaldson ansatz k = 1";
    }

    @Override
    public String statement() {
        return "kappa of the algebraic potential metric ln(s^+ H s)/(k pi) with k = 1, H = 1 equals the closed form "
                + "Vol_FS/Vol_Omega of the Fermat quintic within 4 standard errors";
    }

    @Override
    public Mutation mutation() {
        return Mutation.planted("the metric scaled by 1.01 (kappa moves by 3%)");
    }

    @Override
    public CheckResult check(Budget budget) {
        ProjectiveHypersurface x = ProjectiveHypersurface.fermatQuintic();
        int n = budget.scale(20_000, 200_000);
        PointSample s = CySamples.sample(x, n, budget, 71);
        double[] det = AlgebraicMetric.multinomial(x, 1).values(s, 2).det();
        double factor = Math.pow(budget.planted(1, 1.01), x.dimension());
        for (int i = 0; i < det.length; i++) {
            det[i] *= factor;
        }
        MongeAmpereEstimate e = MongeAmpere.of(s, det);
        double exact = x.volumeFubiniStudy() / FermatClosedForms.volumeOmega(5);
        return CheckResult.compare("kappa of the k = 1 potential metric", e.kappa().value(), exact,
                CySamples.PULL * e.kappa().standardError(), n + " points: kappa " + CySamples.describe(e.kappa())
                        + ", sigma " + CySamples.describe(e.sigma()));
    }
}
