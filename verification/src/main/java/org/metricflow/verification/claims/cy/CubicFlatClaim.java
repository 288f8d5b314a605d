package org.metricflow.verification.claims.cy;

import org.metricflow.flows.cy.EpochOptions;
import org.metricflow.flows.cy.PotentialFlow;
import org.metricflow.numeric.kahler.AlgebraicMetric;
import org.metricflow.numeric.kahler.BalancedRun;
import org.metricflow.numeric.kahler.Donaldson;
import org.metricflow.numeric.manifold.ProjectiveHypersurface;
import org.metricflow.numeric.metric.MongeAmpereEstimate;
import org.metricflow.verification.Budget;
import org.metricflow.verification.CheckResult;
import org.metricflow.verification.Claim;
import org.metricflow.verification.Mutation;

/**
 * The Monge–Ampère flow of the potential on the Fermat cubic ends at the flat metric: the Calabi–Yau metric of a
 * curve is g = κ|Ω|² (η ≡ 1), so σ of the trained k = 4 potential on unseen points must fall below 10⁻³, while the
 * Kähler class (Vol_g = 3) is unchanged.
 */
public final class CubicFlatClaim implements Claim {

    @Override
    public String id() {
        return "kahler.cubic-flat-potential";
    }

    @Override
    public String equation() {
        return "appendix B Monge-Ampere flow, Fermat cubic";
    }

    @Override
    public String statement() {
        return "The Monge-Ampere flow of the k = 4 potential on the Fermat cubic reaches the flat metric: sigma on "
                + "unseen points <= 1e-3, with Vol_g = 3 within 4 standard errors";
    }

    @Override
    public Mutation mutation() {
        return Mutation.planted("no flow epochs: the balanced k = 4 metric alone is not flat to 1e-3");
    }

    @Override
    public CheckResult check(Budget budget) {
        int epochs = (int) budget.planted(12, 0);
        ProjectiveHypersurface x = ProjectiveHypersurface.fermatCubic();
        int n = budget.scale(10_000, 40_000);
        BalancedRun run = Donaldson.balance(AlgebraicMetric.multinomial(x, 4), CySamples.sample(x, n, budget, 91),
                12, 1e-4, 2, i -> { });
        PotentialFlow flow = new PotentialFlow(run.metric(), CySamples.sample(x, n, budget, 92),
                new EpochOptions(epochs, 1000, 0.01, 1, budget.seed(), 2));
        MongeAmpereEstimate e = flow.run(epoch -> { }).estimate(CySamples.sample(x, n, budget, 93), 2);
        double volumePull = e.volumeMetric().pull(x.volumeFubiniStudy());
        double measured = volumePull <= CySamples.PULL ? e.sigma().value() : Double.POSITIVE_INFINITY;
        return CheckResult.compare("sigma of the trained potential on unseen points (infinite if Vol_g != 3)",
                measured, 0, 1e-3, epochs + " epochs on " + n + " points: sigma " + CySamples.describe(e.sigma())
                        + ", Vol_g " + CySamples.describe(e.volumeMetric()) + " (pull " + volumePull + ")");
    }
}
