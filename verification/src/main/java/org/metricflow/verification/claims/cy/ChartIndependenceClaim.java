package org.metricflow.verification.claims.cy;

import org.metricflow.numeric.manifold.Chart;
import org.metricflow.numeric.manifold.ProjectiveHypersurface;
import org.metricflow.numeric.metric.ChartTransform;
import org.metricflow.numeric.sample.PointGeometry;
import org.metricflow.numeric.sample.PointSample;
import org.metricflow.verification.Budget;
import org.metricflow.verification.CheckResult;
import org.metricflow.verification.Claim;
import org.metricflow.verification.Mutation;

/**
 * Ω (with its sign) and the pulled-back FS metric agree across all 20 charts of the quintic through the Jacobian
 * of the change of coordinates: f_own = f det T, g_own = T g T^H, w invariant.
 */
public final class ChartIndependenceClaim implements Claim {

    /** Charts whose Jacobian is worse conditioned than this are excluded from the metric comparison. */
    private static final double MAX_CONDITION = 1e3;

    /** The chart in which the planted error drops det T from the comparison of Omega. */
    private static final Chart PLANTED_CHART = new Chart(1, 0);

    /** The 3×3 complex identity, interleaved row-major. */
    private static final double[] IDENTITY = {1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0};

    @Override
    public String id() {
        return "cy.quintic-chart-independence";
    }

    @Override
    public String equation() {
        return "§3.1 (patches and coordinate changes)";
    }

    @Override
    public String statement() {
        return "On the Fermat quintic, Omega and the weight |Omega|^2/det g agree in all 20 charts to 1e-8 through "
                + "the Jacobian T (f_own = f det T); g_own = T g T^H to 1e-8 where cond(T) <= 1e3";
    }

    @Override
    public Mutation mutation() {
        return Mutation.planted("the Jacobian factor det T dropped from f_own = f det T in the chart (1, 0)");
    }

    @Override
    public CheckResult check(Budget budget) {
        int n = budget.scale(300, 3000);
        PointSample s = CySamples.sample(ProjectiveHypersurface.fermatQuintic(), n, budget, 61);
        PointGeometry own = new PointGeometry(s.manifold());
        PointGeometry other = new PointGeometry(s.manifold());
        ChartTransform tr = new ChartTransform(3);
        double[] jac = new double[18];
        double[] gOwn = new double[18];
        double[] gOther = new double[18];
        double[] back = new double[18];
        double worst = 0;
        long compared = 0;
        long skipped = 0;
        for (int k = 0; k < s.size(); k++) {
            own.load(s.points(), k * 10, s.chart(k));
            own.metric(gOwn, 0);
            double scale = Math.cbrt(own.det());
            for (int p = 0; p < 5; p++) {
                for (int e = 0; e < 5; e++) {
                    if (p == e) {
                        continue;
                    }
                    Chart c = new Chart(p, e);
                    if (!tr.jacobian(own, c, jac, 0) || !other.load(s.points(), k * 10, c)) {
                        worst = Double.POSITIVE_INFINITY;
                        continue;
                    }
                    double[] omegaJac = c.equals(PLANTED_CHART) ? budget.planted(jac, IDENTITY) : jac;
                    worst = Math.max(worst, tr.omegaMismatch(own, other, omegaJac, 0));
                    worst = Math.max(worst, Math.abs(other.weight() / own.weight() - 1));
                    if (tr.conditionNumber(jac, 0) > MAX_CONDITION) {
                        skipped++;
                        continue;
                    }
                    other.metric(gOther, 0);
                    tr.toOwn(jac, 0, gOther, 0, back, 0);
                    for (int i = 0; i < 18; i++) {
                        worst = Math.max(worst, Math.abs(back[i] - gOwn[i]) / scale);
                    }
                    compared++;
                }
            }
        }
        return CheckResult.compare("max relative discrepancy of Omega, w and g across charts", worst, 0, 1e-8,
                n + " points x 20 charts; metric compared in " + compared + " chart pairs, " + skipped
                        + " with cond(T) > 1e3 excluded (their error is bounded by eps cond(T)^2)");
    }
}
