package org.metricflow.verification.claims.quintic;

import java.util.Locale;
import org.metricflow.flows.quintic.QuinticFlowOptions;
import org.metricflow.flows.quintic.QuinticKernel;
import org.metricflow.verification.Budget;
import org.metricflow.verification.CheckResult;
import org.metricflow.verification.Claim;
import org.metricflow.verification.Mutation;

/**
 * §3, Table 1 (ReLU column) re-measured in closed form: the frozen ReLU NTK at Table 1's σ_w = 5.716, σ_b = 80.52
 * (one hidden layer, width → ∞), squared loss, flow time minimising σ on a validation sample
 * ({@link org.metricflow.flows.quintic.exact.ExactKernelFlow#auto}) lowers σ on unseen quintic points by a factor ≥ 3.4
 * at 2,500 training points (measured 3.87 ± 0.10 at N = 2,457, seed 1; the threshold sits 4 Monte Carlo errors
 * below). Quick budget: 500 training points, 1,000 validation and test points, threshold 2.2 (measured 2.58 ± 0.10 at
 * the budget's seed: 4 errors below). The gain must hold with 2 of its standard errors subtracted. The explicit flow
 * of the paper (20 steps) reaches 1.02 with the same kernel: the difference is the time integration, not the kernel.
 */
public final class ReluNtkGainClaim implements Claim {

    @Override
    public String id() {
        return "quintic.relu-ntk-test-gain";
    }

    @Override
    public String equation() {
        return "section 3.2, Table 1 (ReLU kernel), flow time chosen on a validation set";
    }

    @Override
    public String statement() {
        return "Frozen ReLU NTK (Table 1: sigma_w 5.716, sigma_b 80.52), squared loss, flow time minimising sigma on "
                + "2,000 validation points (closed form): sigma on 2,000 unseen quintic points falls by a factor "
                + ">= 3.4 at 2,500 training points (quick: >= 2.2 at 500 with 1,000 held-out points), after "
                + "subtracting 2 Monte Carlo standard errors.";
    }

    @Override
    public Mutation mutation() {
        return Mutation.planted("each unseen point receives another point's predicted update (order reversed)");
    }

    @Override
    public CheckResult check(Budget budget) {
        int n = budget.scale(500, 2500);
        int held = budget.scale(1000, 2000);
        double threshold = budget.quick() ? 2.2 : 3.4;
        FrozenKernelGainClaim.Gain g = FrozenKernelGainClaim.measure(QuinticFlowOptions.table1(QuinticKernel.RELU), n,
                held, budget.seed(), budget.planted(false, true));
        String detail = String.format(Locale.ROOT, "N = %d: t = %s, test gain %.3f +- %.3f, train gain %.3g, "
                + "validation gain %.3f; threshold %.1f", n, g.time(), g.gain(), g.error(), g.trainGain(),
                g.validationGain(), threshold);
        return CheckResult.compare("shortfall of (test gain - 2 errors) below " + threshold,
                Math.max(0, threshold - (g.gain() - 2 * g.error())), 0, 0, detail).withBasis("sigma before / after the "
                + "closed-form flow on unseen points (Monte Carlo) vs a threshold 4 standard errors below the value "
                + "measured at seed 1", "2 Monte Carlo standard errors of the gain subtracted");
    }
}
