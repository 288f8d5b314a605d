package org.metricflow.verification.claims.cy;

import org.metricflow.numeric.manifold.FubiniStudy;
import org.metricflow.verification.Budget;
import org.metricflow.verification.CheckResult;
import org.metricflow.verification.Claim;

/**
 * Eq. (3.4) says arccos(1 − ε) = √ε; in fact arccos(1 − ε) = √(2ε)(1 + ε/12 + O(ε²)), so "numerically identical"
 * points at ε ≈ 1e-7 sit at 4.5e-4, not 3e-4. The stable distance of {@link FubiniStudy} has no such floor.
 */
public final class SmallAngleClaim implements Claim {

    @Override
    public String id() {
        return "cy.fs-distance-small-angle";
    }

    @Override
    public String equation() {
        return "eq. (3.4)";
    }

    @Override
    public String statement() {
        return "arccos(1 - eps) = sqrt(2 eps)(1 + eps/12 + ...), not sqrt(eps); the stable FS distance of two "
                + "points at true distance t returns t to relative 1e-12 down to t = 1e-12";
    }

    @Override
    public CheckResult check(Budget budget) {
        double eps = 1e-7;
        double acos = Math.acos(1 - eps);
        double corrected = Math.sqrt(2 * eps) * (1 + eps / 12);
        double worstStable = 0;
        double[] a = {1, 0, 0, 0};
        for (double t : new double[] {1e-12, 1e-9, 1e-6, 1e-3}) {
            double[] b = {Math.cos(t), Math.sin(t), 0, 0};
            worstStable = Math.max(worstStable, Math.abs(FubiniStudy.distance(a, 0, b, 0, 2) / t - 1));
        }
        double measured = Math.abs(acos / corrected - 1) + worstStable;
        return CheckResult.erratum("|arccos(1-eps)/(sqrt(2 eps)(1+eps/12)) - 1| at eps = 1e-7, plus the stable "
                        + "distance's worst relative error", measured, 0, 1e-9,
                String.format(java.util.Locale.ROOT, "arccos(1 - 1e-7) = %.6e; the paper's sqrt(eps) = %.6e "
                        + "(a factor sqrt 2 too small); stable distance relative error <= %.1e", acos,
                        Math.sqrt(eps), worstStable),
                "arccos(1 - eps) = sqrt(2 eps) (1 + eps/12 + O(eps^2)); compute d = 2 asin(|u - e^{i phi} v|/2) instead");
    }
}
