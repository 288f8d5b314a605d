package org.metricflow.verification.claims.quintic;

import java.util.Locale;
import org.metricflow.flows.quintic.study.DistanceStudyResult;
import org.metricflow.flows.quintic.study.GainExtrapolation;
import org.metricflow.verification.Budget;
import org.metricflow.verification.CheckResult;
import org.metricflow.verification.Mutation;
import org.metricflow.verification.Claim;

/** §3.2 after eq. (3.6): the number of points the paper's own fit needs for the Delta kernel's gain-100 distance. */
public final class GainExtrapolationClaim implements Claim {

    @Override
    public String id() {
        return "quintic.gain100-points";
    }

    @Override
    public String equation() {
        return "(3.6) and the extrapolation after it";
    }

    @Override
    public String statement() {
        return "With mu = 0.968 N^-0.184 (3.6), the Delta kernel's gain-100 distance 5e-2 needs 10^8 points, and the "
                + "Gaussian kernel's 5e-3 needs 10^12.";
    }

    @Override
    public Mutation mutation() {
        return Mutation.planted("the paper's N = 1e8 in place of the corrected N");
    }

    @Override
    public CheckResult check(Budget budget) {
        double stated = 1e8;
        double delta = budget.planted(DistanceStudyResult.pointsFor(DistanceStudyResult.PAPER,
                GainExtrapolation.PAPER_DISTANCE_DELTA), stated);
        double gauss = DistanceStudyResult.pointsFor(DistanceStudyResult.PAPER,
                GainExtrapolation.PAPER_DISTANCE_GAUSSIAN);
        String detail = String.format(Locale.ROOT, "(3.6) at the stated N = 1e8 gives mu = %.4f, not 0.05; mu = 0.05 "
                        + "at N = %.3g; mu = 5e-3 at N = %.3g (the stated 1e12 is right to its order)",
                DistanceStudyResult.PAPER.at(stated), delta, gauss);
        return CheckResult.erratum("mu of (3.6) at the corrected N", DistanceStudyResult.PAPER.at(delta),
                GainExtrapolation.PAPER_DISTANCE_DELTA, 1e-9, detail, String.format(Locale.ROOT,
                        "N = (0.05/0.968)^(-1/0.184) = %.2g ~ 10^7 points for the Delta kernel (not 10^8)", delta));
    }
}
