package org.metricflow.verification.claims.quintic;

import java.util.Locale;
import org.hipparchus.random.Well19937c;
import org.hipparchus.special.Gamma;
import org.hipparchus.stat.descriptive.StreamingStatistics;
import org.metricflow.numeric.manifold.FubiniStudy;
import org.metricflow.numeric.manifold.ProjectiveHypersurface;
import org.metricflow.numeric.sample.PointGeometry;
import org.metricflow.numeric.sampling.LineIntersectionSampler;
import org.metricflow.numeric.sampling.NormalProjection;
import org.metricflow.numeric.sample.PointSample;
import org.metricflow.numeric.sampling.SamplerOptions;
import org.metricflow.verification.Budget;
import org.metricflow.verification.CheckResult;
import org.metricflow.verification.Claim;
import org.metricflow.verification.Mutation;

/**
 * Fig. 3 (left), on-manifold variant: ambient noise projected back onto X along the normal lands on X, at the FS
 * distance of the noise's tangential part.
 */
public final class NoiseProjectionClaim implements Claim {

    private static final double NOISE = 1e-4;

    @Override
    public String id() {
        return "quintic.noise-projection";
    }

    @Override
    public String equation() {
        return "section 3.2, Fig. 3 (left), eq. (3.2)";
    }

    @Override
    public String statement() {
        return "Quintic points noised by s = 1e-4 per real ambient coordinate and projected back onto X along the "
                + "normal satisfy |p(z)|/||p||_1 <= 1e-10, and their mean FS distance to the originals is "
                + "s E|chi_6| mean(1/|u|) (E|chi_6| = 2.3499: six real tangent directions), within 3 standard errors.";
    }

    @Override
    public Mutation mutation() {
        return Mutation.planted("the noised points are not projected back onto X");
    }

    @Override
    public CheckResult check(Budget budget) {
        ProjectiveHypersurface x = ProjectiveHypersurface.fermatQuintic();
        int n = budget.scale(2000, 20000);
        PointSample s = new LineIntersectionSampler(x, SamplerOptions.defaults().withSeed(budget.seed())).sample(n);
        int n1 = x.coordinates();
        NormalProjection proj = new NormalProjection(x);
        PointGeometry geo = new PointGeometry(x);
        Well19937c rng = new Well19937c(budget.seed() + 11);
        double[] y = new double[2 * n1];
        double[] z = new double[2 * n1];
        double worst = 0;
        StreamingStatistics ratio = new StreamingStatistics();
        for (int k = 0; k < n; k++) {
            double u2 = 0;
            for (int i = 0; i < 2 * n1; i++) {
                double v = s.points()[k * 2 * n1 + i];
                u2 += v * v;
                y[i] = v + NOISE * rng.nextGaussian();
            }
            if (budget.mutated()) {
                System.arraycopy(y, 0, z, 0, y.length);   // planted: the noised point, not projected onto X
            } else if (!proj.project(y, 0, z, 0)) {
                return CheckResult.error("projection failed at point " + k);
            }
            geo.load(z, 0);
            worst = Math.max(worst, geo.residual());
            ratio.addValue(FubiniStudy.distance(z, 0, s.points(), k * 2 * n1, n1) * Math.sqrt(u2) / NOISE);
        }
        double chi6 = Math.sqrt(2) * Math.exp(Gamma.logGamma(3.5) - Gamma.logGamma(3));
        String detail = String.format(Locale.ROOT, "%d points: worst relative residual %.2g; mean d|u|/s = %.4f ± %.4f",
                n, worst, ratio.getMean(), ratio.getStandardDeviation() / Math.sqrt(n));
        if (worst > 1e-10) {
            return CheckResult.compare("worst relative residual |p(z)|/||p||_1", worst, 0, 1e-10, detail);
        }
        return CheckResult.compare("mean FS distance x |u| / s", ratio.getMean(), chi6,
                3 * ratio.getStandardDeviation() / Math.sqrt(n), detail);
    }
}
