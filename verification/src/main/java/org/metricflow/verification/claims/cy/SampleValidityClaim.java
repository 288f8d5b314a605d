package org.metricflow.verification.claims.cy;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.complex.Complex;
import org.metricflow.numeric.manifold.PolynomialEvaluator;
import org.metricflow.numeric.manifold.ProjectiveHypersurface;
import org.metricflow.numeric.sample.PointSample;
import org.metricflow.verification.Budget;
import org.metricflow.verification.CheckResult;
import org.metricflow.verification.Claim;
import org.metricflow.verification.Mutation;

/** Every sampled point lies on X to |p(z)| ≤ 1e-10 |z|^deg, and every weight is finite and positive. */
public final class SampleValidityClaim implements Claim {

    @Override
    public String id() {
        return "cy.sample-validity";
    }

    @Override
    public String equation() {
        return "eq. (3.1), §3.1";
    }

    @Override
    public String statement() {
        return "Line-intersection samples of the Fermat cubic, quartic, quintic and a Dwork quintic satisfy "
                + "|p(z)| <= 1e-10 |z|^deg at every point, with finite positive weights; rejections are counted";
    }

    @Override
    public Mutation mutation() {
        return Mutation.planted("every sampled point moved off X by 1e-8 in each real coordinate (a root polished "
                + "only to 1e-8)");
    }

    @Override
    public CheckResult check(Budget budget) {
        int n = budget.scale(20_000, 200_000);
        double worst = 0;
        List<String> notes = new ArrayList<>();
        ProjectiveHypersurface[] xs = {ProjectiveHypersurface.fermatCubic(), ProjectiveHypersurface.fermatQuartic(),
                ProjectiveHypersurface.fermatQuintic(), ProjectiveHypersurface.dwork(new Complex(0.5, 0.2))};
        for (int i = 0; i < xs.length; i++) {
            ProjectiveHypersurface x = xs[i];
            PointSample s = CySamples.sample(x, n, budget, 10 + i);
            int n1 = x.coordinates();
            PolynomialEvaluator ev = x.polynomial().evaluator();
            double[] re = new double[n1];
            double[] im = new double[n1];
            for (int k = 0; k < s.size(); k++) {
                double norm2 = 0;
                for (int j = 0; j < n1; j++) {
                    re[j] = s.points()[k * 2 * n1 + j] + budget.planted(0, 1e-8);   // planted: off X by 1e-8
                    im[j] = s.points()[k * 2 * n1 + n1 + j];
                    norm2 += re[j] * re[j] + im[j] * im[j];
                }
                ev.evaluate(re, im, 0);
                double w = s.weights()[k];
                double r = Math.hypot(ev.valueRe(), ev.valueIm()) / Math.pow(norm2, x.degree() / 2.0);
                worst = Math.max(worst, Double.isFinite(w) && w > 0 ? r : Double.POSITIVE_INFINITY);
            }
            notes.add(x.name() + ": " + s.rejections().total() + " of " + s.rejections().roots() + " candidates "
                    + "rejected " + s.rejections().byReason());
        }
        return CheckResult.compare("max |p(z)|/|z|^deg over all points (infinite if a weight is invalid)", worst, 0,
                1e-10, n + " points each; " + String.join("; ", notes));
    }
}
