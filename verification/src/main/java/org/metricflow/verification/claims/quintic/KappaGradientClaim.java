package org.metricflow.verification.claims.quintic;

import java.util.Locale;
import org.metricflow.flows.quintic.HermitianComponents;
import org.metricflow.flows.quintic.KappaCoupling;
import org.metricflow.flows.quintic.LossDensity;
import org.metricflow.flows.quintic.QuinticFlowOptions;
import org.metricflow.flows.quintic.QuinticKernel;
import org.metricflow.flows.quintic.QuinticKernelFlow;
import org.metricflow.flows.quintic.SigmaLoss;
import org.metricflow.numeric.manifold.ProjectiveHypersurface;
import org.metricflow.numeric.metric.CommonChartMetrics;
import org.metricflow.numeric.sampling.LineIntersectionSampler;
import org.metricflow.numeric.sample.PointSample;
import org.metricflow.numeric.sampling.SamplerOptions;
import org.metricflow.verification.Budget;
import org.metricflow.verification.CheckResult;
import org.metricflow.verification.Claim;
import org.metricflow.verification.Mutation;

/**
 * (B.11) used for gradient descent: κ = Vol_g/Vol_Ω depends on g, and its term in the gradient of the mean σ-loss is
 * O(1). The exact gradient the flow uses is compared with central differences of the discrete mean loss (κ recomputed
 * for every perturbed metric) on the diagonal components at the best-conditioned points; the frozen-κ gradient's
 * deviation is reported.
 */
public final class KappaGradientClaim implements Claim {

    @Override
    public String id() {
        return "quintic.kappa-gradient";
    }

    @Override
    public String equation() {
        return "B.11 with kappa = Vol_g/Vol_Omega (gradient of the mean sigma-loss)";
    }

    @Override
    public String statement() {
        return "The gradient of L = sum w (eta-1)^2 / sum w over quintic points, eta = det g/(kappa |Omega|^2) with "
                + "kappa = sum w det g/|Omega|^2 / sum w, is (w_j/W) eta_j g_j^-1 [l'(eta_j) - m], "
                + "m = sum w l'(eta) eta / W: central differences agree to 1e-6 relative; the paper does not say "
                + "whether kappa's dependence is kept, and dropping it (m = 0) is off by O(1) (several times the "
                + "gradient where eta is near 1).";
    }

    @Override
    public Mutation mutation() {
        return Mutation.planted("kappa frozen in the exact gradient (the KappaCoupling correction m not applied)");
    }

    @Override
    public CheckResult check(Budget budget) {
        var x = ProjectiveHypersurface.fermatQuintic();
        PointSample s = new LineIntersectionSampler(x, SamplerOptions.defaults().withSeed(budget.seed()))
                .sample(budget.scale(300, 2000));
        QuinticKernelFlow flow = new QuinticKernelFlow(s, s.head(10), QuinticFlowOptions.table1(QuinticKernel.DELTA),
                2);
        PointSample t = flow.trainingSample();
        int n = t.size();
        int comps = HermitianComponents.COUNT;
        double[] g = flow.state().train();
        double[] omega2 = CommonChartMetrics.of(t, flow.chart().chart(), 2).omegaAbs2();
        double[] w = t.weights();
        double[] c = new double[n];
        double kappa = kappa(g, omega2, w);
        double sw = 0;
        for (int k = 0; k < n; k++) {
            c[k] = 1 / (kappa * omega2[k]);
            sw += w[k];
        }
        double[] grad = new double[n * comps];
        LossDensity.compile(SigmaLoss.SQUARED).evaluate(g, c, new double[n], grad, n);
        double[] frozen = grad.clone();
        double m = KappaCoupling.correct(g, c, w, grad, n, SigmaLoss.SQUARED);
        double[] exact = budget.planted(grad, frozen);   // planted: kappa's dependence on g dropped
        double worstExact = 0;
        double worstFrozen = 0;
        int checked = 0;
        for (int j = 0; j < n && checked < 5; j++) {
            double det = HermitianComponents.determinant(g, j * comps);
            double trace = g[j * comps] + g[j * comps + 1] + g[j * comps + 2];
            if (det <= 0.2 * trace * trace * trace / 27) {
                continue;   // keep metrics within a factor ~5 of a multiple of 1 (exact digits)
            }
            checked++;
            for (int p = 0; p < 3; p++) {
                double h = 1e-4 * trace;
                double[] up = g.clone();
                double[] dn = g.clone();
                up[j * comps + p] += h;
                dn[j * comps + p] -= h;
                double fd = (meanLoss(up, omega2, w) - meanLoss(dn, omega2, w)) / (2 * h) * sw / w[j];
                worstExact = Math.max(worstExact, Math.abs(exact[j * comps + p] - fd) / Math.abs(fd));
                worstFrozen = Math.max(worstFrozen, Math.abs(frozen[j * comps + p] - fd) / Math.abs(fd));
            }
        }
        String detail = String.format(Locale.ROOT, "%d points, %d checked (3 diagonal components each); m = %.4f; "
                + "exact gradient vs central differences %.1e; frozen-kappa gradient %.3f", n, checked, m, worstExact,
                worstFrozen);
        if (checked == 0) {
            return CheckResult.error("no well-conditioned point among " + n);
        }
        return CheckResult.erratum("max relative error of the exact gradient vs central differences", worstExact, 0,
                1e-6, detail, "dL/dg_j = (w_j/W) eta_j g_j^-1 [l'(eta_j) - m], m = sum_k w_k l'(eta_k) eta_k / W "
                        + "(kappa's dependence on g kept)");
    }

    private static double kappa(double[] g, double[] omega2, double[] w) {
        double sw = 0;
        double swr = 0;
        for (int k = 0; k < w.length; k++) {
            sw += w[k];
            swr += w[k] * HermitianComponents.determinant(g, k * HermitianComponents.COUNT) / omega2[k];
        }
        return swr / sw;
    }

    private static double meanLoss(double[] g, double[] omega2, double[] w) {
        double kappa = kappa(g, omega2, w);
        double sw = 0;
        double sum = 0;
        for (int k = 0; k < w.length; k++) {
            double eta = HermitianComponents.determinant(g, k * HermitianComponents.COUNT) / omega2[k] / kappa;
            sum += w[k] * (eta - 1) * (eta - 1);
            sw += w[k];
        }
        return sum / sw;
    }
}
