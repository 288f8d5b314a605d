package org.metricflow.verification.claims.quintic;

import java.util.Locale;
import org.metricflow.flows.quintic.SigmaLoss;
import org.metricflow.flows.quintic.study.FiniteWidthFlow;
import org.metricflow.flows.quintic.study.FiniteWidthOptions;
import org.metricflow.flows.quintic.study.KernelEvolution;
import org.metricflow.numeric.manifold.ProjectiveHypersurface;
import org.metricflow.numeric.nn.ReluArchitecture;
import org.metricflow.numeric.sampling.LineIntersectionSampler;
import org.metricflow.numeric.sample.PointSample;
import org.metricflow.numeric.sampling.SamplerOptions;
import org.metricflow.verification.Budget;
import org.metricflow.verification.CheckResult;
import org.metricflow.verification.Claim;

/**
 * §3 "importance of feature learning": a finite network's kernel evolves, but the change vanishes with width in the
 * NTK parameterisation — the frozen kernel is the infinite-width limit (Jacot et al.); the change of Θ over a fixed
 * training time is O(1/width) (Dyer and Gur-Ari 2019, "Asymptotics of wide networks from Feynman diagrams"), one
 * order faster than the O(1/√width) of the parameter-space argument.
 */
public final class LazyLimitClaim implements Claim {

    @Override
    public String id() {
        return "quintic.feature-learning-width";
    }

    @Override
    public String equation() {
        return "section 3.2 (feature learning), eq. (2.7)";
    }

    @Override
    public String statement() {
        return "Training the 9 component ReLU networks (depth 2, NTK parameterisation) on the sigma-loss for a fixed "
                + "number of steps moves their empirical NTK by ||Theta_T - Theta_0||/||Theta_0|| ~ width^-1 (Dyer and "
                + "Gur-Ari): the fitted exponent between widths 64 and 256 is -1 +- 0.25.";
    }

    @Override
    public CheckResult check(Budget budget) {
        var x = ProjectiveHypersurface.fermatQuintic();
        PointSample train = new LineIntersectionSampler(x, SamplerOptions.defaults().withSeed(budget.seed()))
                .sample(budget.scale(150, 500));
        PointSample test = new LineIntersectionSampler(x, SamplerOptions.defaults().withSeed(budget.seed() + 1))
                .sample(20);
        FiniteWidthOptions o = FiniteWidthOptions.of(3, SigmaLoss.SQUARED);
        int steps = budget.scale(10, 30);
        double[] drift = new double[2];
        int[] widths = {64, 256};
        for (int i = 0; i < 2; i++) {
            ReluArchitecture a = ReluArchitecture.ntk(10, 2, widths[i], Math.sqrt(2), 0.1, true);
            drift[i] = new FiniteWidthFlow(train, test, o, a, KernelEvolution.EVOLVING, budget.seed() + 2, 2)
                    .run(steps).kernelDrift();
        }
        double exponent = Math.log(drift[1] / drift[0]) / Math.log((double) widths[1] / widths[0]);
        String detail = String.format(Locale.ROOT, "%d points, %d steps, lr 3: drift %.4g (width 64), %.4g (width 256)",
                train.size(), steps, drift[0], drift[1]);
        return CheckResult.compare("exponent of kernel drift vs width", exponent, -1, 0.25, detail);
    }
}
