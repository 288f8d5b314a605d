package org.metricflow.verification.claims.quintic;

import java.util.Locale;
import org.metricflow.flows.quintic.FlowState;
import org.metricflow.flows.quintic.GradientForm;
import org.metricflow.flows.quintic.QuinticFlowOptions;
import org.metricflow.flows.quintic.QuinticKernel;
import org.metricflow.flows.quintic.QuinticKernelFlow;
import org.metricflow.flows.quintic.SigmaLoss;
import org.metricflow.numeric.manifold.ProjectiveHypersurface;
import org.metricflow.numeric.sampling.LineIntersectionSampler;
import org.metricflow.numeric.sample.PointSample;
import org.metricflow.numeric.sampling.SamplerOptions;
import org.metricflow.verification.Budget;
import org.metricflow.verification.CheckResult;
import org.metricflow.verification.Claim;
import org.metricflow.verification.Mutation;

/**
 * The frame form dg(x) = −lr g(x) Σ Θ(x,x') ŵ' η'(l'(η') − m) of the kernel flow is a descent direction of the mean
 * σ-loss with rate dL/dlr = −3 Σ (ŵ s) Θ (ŵ s) ≤ 0 (n = 3): for each kernel (Table 1 settings, (η−1)²) the chain-rule
 * rate is negative and equals central differences of the discrete mean loss along the update (κ recomputed). Points
 * are cut at Jacobian condition 10 in the common chart so that det g keeps its digits under the perturbation.
 */
public final class FrameGradientClaim implements Claim {

    @Override
    public String id() {
        return "quintic.frame-gradient-descent";
    }

    @Override
    public String equation() {
        return "section 3.1 flow update, frame form dg(x) = -lr g(x) sum Theta(x,x') w' eta'(l'(eta') - m)";
    }

    @Override
    public String statement() {
        return "For the ReLU NTK, Gaussian (3.5) and Delta kernels on quintic points, the frame-form update lowers the "
                + "mean loss (eta-1)^2 to first order (dL/dlr = -3 sum (w s) Theta (w s) < 0) and the predicted rate "
                + "equals central differences of the discrete loss along it to 1e-6 relative.";
    }

    @Override
    public Mutation mutation() {
        return Mutation.planted("the natural update dg(x) = -lr sum Theta(x,x') w' s' g(x') (the source point's "
                + "metric) in place of the frame form");
    }

    @Override
    public CheckResult check(Budget budget) {
        var x = ProjectiveHypersurface.fermatQuintic();
        PointSample train = new LineIntersectionSampler(x, SamplerOptions.defaults().withSeed(budget.seed()))
                .sample(budget.scale(600, 2000));
        PointSample test = new LineIntersectionSampler(x, SamplerOptions.defaults().withSeed(budget.seed() + 1))
                .sample(20);
        double worst = 0;
        StringBuilder detail = new StringBuilder();
        boolean ascent = false;
        for (QuinticKernel k : QuinticKernel.values()) {
            // planted: the natural form of the update in place of the frame form
            QuinticFlowOptions o = QuinticFlowOptions.table1(k).withLoss(SigmaLoss.SQUARED)
                    .withGradient(budget.planted(GradientForm.FRAME, GradientForm.NATURAL)).withConditionLimit(10);
            QuinticKernelFlow f = new QuinticKernelFlow(train, test, o, 2);
            double rate = f.lossRate();
            double fd = centralDifference(f);
            double natural = new QuinticKernelFlow(train, test, o.withGradient(GradientForm.NATURAL), 2).lossRate();
            ascent |= !(rate < 0);
            worst = Math.max(worst, Math.abs(fd - rate) / Math.abs(rate));
            detail.append(String.format(Locale.ROOT, "%s: rate %.6g, central difference %.6g (natural form %.3g); ",
                    k.name().toLowerCase(Locale.ROOT), rate, fd, natural));
        }
        detail.append(train.size()).append(" points sampled");
        if (ascent) {
            return CheckResult.compare("kernels whose frame update is not a descent direction", 1, 0, 0,
                    detail.toString());
        }
        return CheckResult.compare("max relative deviation of the rate from central differences", worst, 0, 1e-6,
                detail.toString());
    }

    /** (L(t) − L(−t))/(2t) along g − t·d with t·max|d_11/g_11| = 1e-5 (d = S g in the frame form). */
    private static double centralDifference(QuinticKernelFlow f) {
        FlowState base = f.state();
        double[] d = f.updateDirection();
        double[] g = base.train();
        double max = 0;
        for (int k = 0; k < g.length; k += 9) {
            max = Math.max(max, Math.abs(d[k] / g[k]));
        }
        double t = 1e-5 / max;
        double up = lossAt(f, base, d, t);
        double down = lossAt(f, base, d, -t);
        f.restore(base);
        return (up - down) / (2 * t);
    }

    private static double lossAt(QuinticKernelFlow f, FlowState base, double[] d, double t) {
        double[] g = base.train();
        for (int i = 0; i < g.length; i++) {
            g[i] -= t * d[i];
        }
        f.restore(new FlowState(base.step(), g, base.test()));
        return f.meanLoss();
    }
}
