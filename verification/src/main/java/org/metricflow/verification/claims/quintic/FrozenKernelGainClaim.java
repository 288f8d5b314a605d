package org.metricflow.verification.claims.quintic;

import java.util.List;
import java.util.Locale;
import org.metricflow.flows.quintic.HeldOutSet;
import org.metricflow.flows.quintic.PositivityPolicy;
import org.metricflow.flows.quintic.QuinticFlowOptions;
import org.metricflow.flows.quintic.QuinticKernel;
import org.metricflow.flows.quintic.QuinticKernelFlow;
import org.metricflow.flows.quintic.SigmaLoss;
import org.metricflow.flows.quintic.exact.ExactKernelFlow;
import org.metricflow.flows.quintic.exact.ExactPoint;
import org.metricflow.numeric.kernel.DistanceProfile;
import org.metricflow.numeric.manifold.ProjectiveHypersurface;
import org.metricflow.numeric.metric.MonteCarloEstimate;
import org.metricflow.numeric.sampling.LineIntersectionSampler;
import org.metricflow.numeric.sample.PointSample;
import org.metricflow.numeric.sampling.SamplerOptions;
import org.metricflow.verification.Budget;
import org.metricflow.verification.CheckResult;
import org.metricflow.verification.Claim;
import org.metricflow.verification.Mutation;

/**
 * §3, Table 1 re-measured where the method lives: the frozen Gaussian FS-distance kernel flow (true Gaussian profile,
 * σ = 0.5 rad, squared loss) run to the flow time that minimises σ on a validation sample (closed form,
 * {@link ExactKernelFlow}) generalises: σ on unseen points falls by a factor ≥ 3 at 2,500 training points. The quick
 * budget uses 1,000 training points and a threshold of 2.5 (measured 2.87 ± 0.08 at seed 1; the threshold sits
 * 4 Monte Carlo errors below). The gain must hold with 2 of its standard errors subtracted.
 */
public final class FrozenKernelGainClaim implements Claim {

    @Override
    public String id() {
        return "quintic.frozen-gaussian-test-gain";
    }

    @Override
    public String equation() {
        return "section 3.2, Table 1 (Gaussian kernel), flow time chosen on a validation set";
    }

    @Override
    public String statement() {
        return "Frozen Gaussian FS kernel (exp(-d^2/(2 0.5^2))), squared loss, flow time minimising sigma on 2,000 "
                + "validation points (closed form): sigma on 2,000 unseen quintic points falls by a factor >= 3 at 2,500 "
                + "training points (quick: >= 2.5 at 1,000), after subtracting 2 Monte Carlo standard errors.";
    }

    @Override
    public Mutation mutation() {
        return Mutation.planted("each unseen point receives another point's predicted update (order reversed)");
    }

    @Override
    public CheckResult check(Budget budget) {
        int n = budget.scale(1000, 2500);
        double threshold = budget.quick() ? 2.5 : 3;
        Gain g = measure(n, 2000, budget.seed(), budget.mutated());
        String detail = String.format(Locale.ROOT, "N = %d: t = %s, test gain %.3f +- %.3f, train gain %.3g, "
                + "validation gain %.3f, lambda_min/lambda_max %.2g; threshold %.1f", n, g.time(), g.gain(), g.error(),
                g.trainGain(), g.validationGain(), g.negativity(), threshold);
        return CheckResult.compare("shortfall of (test gain - 2 errors) below " + threshold,
                Math.max(0, threshold - (g.gain() - 2 * g.error())), 0, 0, detail);
    }

    /** A measured gain with its Monte Carlo error. */
    record Gain(String time, double gain, double error, double trainGain, double validationGain, double negativity) {
    }

    /**
     * Measures the test gain at the validation-optimal flow time; {@code plantShuffle} reverses the order of the
     * predicted test updates (a planted error: each point gets another point's update).
     */
    static Gain measure(int n, int held, long seed, boolean plantShuffle) {
        return measure(QuinticFlowOptions.table1(QuinticKernel.GAUSSIAN).withProfile(DistanceProfile.GAUSSIAN)
                .withSigma(0.5), n, held, seed, plantShuffle);
    }

    /** As {@link #measure(int, int, long, boolean)} for the kernel of {@code kernel} (squared loss imposed). */
    static Gain measure(QuinticFlowOptions kernel, int n, int held, long seed, boolean plantShuffle) {
        var x = ProjectiveHypersurface.fermatQuintic();
        PointSample train = new LineIntersectionSampler(x, SamplerOptions.defaults().withSeed(seed)).sample(n);
        PointSample test = new LineIntersectionSampler(x, SamplerOptions.defaults().withSeed(seed + 1)).sample(held);
        PointSample val = new LineIntersectionSampler(x, SamplerOptions.defaults().withSeed(seed + 2)).sample(held);
        QuinticFlowOptions o = kernel.withLoss(SigmaLoss.SQUARED).withPositivity(PositivityPolicy.CLIP);
        QuinticKernelFlow flow = new QuinticKernelFlow(train, test, o, 2);
        HeldOutSet v = flow.heldOut(val);
        ExactKernelFlow e = new ExactKernelFlow(flow, List.of(flow.testSet(), v), ExactKernelFlow.Method.AUTO,
                ExactKernelFlow.LANCZOS_STEPS);
        ExactPoint best = e.auto(1, 0).best();
        MonteCarloEstimate before = flow.testSet().values().sigma(null);
        double[] shift = best.shiftHeld().get(0).clone();
        if (plantShuffle) {
            for (int i = 0, j = shift.length - 1; i < j; i++, j--) {
                double t = shift[i];
                shift[i] = shift[j];
                shift[j] = t;
            }
        }
        MonteCarloEstimate after = flow.testSet().values().sigma(shift);
        double gain = before.value() / after.value();
        double rel = Math.hypot(before.standardError() / before.value(), after.standardError() / after.value());
        return new Gain(best.time().label(), gain, gain * rel,
                flow.sigmaTrain().sigma().value() / best.sigmaTrain().value(),
                v.values().sigma(null).value() / best.sigmaHeld().get(1).value(),
                e.spectrum().smallest() / e.spectrum().largest());
    }
}
