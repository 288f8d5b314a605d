package org.metricflow.verification.claims.flows;

import java.util.function.BiFunction;
import org.metricflow.flows.InitialFields;
import org.metricflow.flows.analysis.LinearFit;
import org.metricflow.flows.classic.ClassicalFlow;
import org.metricflow.flows.classic.ClassicalFlows;
import org.metricflow.flows.grid.TorusGrid;
import org.metricflow.flows.network.LocalityStudy;
import org.metricflow.flows.network.NetworkFamily;
import org.metricflow.symbolic.jet.JetSpace;
import org.metricflow.verification.Budget;
import org.metricflow.verification.CheckResult;
import org.metricflow.verification.Claim;

/**
 * The central check: Perelman's flow realised as a local NN metric flow (eq. (2.42)). Per-component cosine
 * networks of width N with a Gaussian NTK of width σ are trained by gradient descent on the generated loss; the
 * metric velocity measured on the network is compared with the local prediction −2(Ric + ∇∇φ) (as generated). The
 * relative L² error splits into a finite-width part ∝ N^{−1/2} and a non-locality part ∝ σ²; both exponents are
 * fitted.
 */
public final class RicciLocalNetworkFlowClaim implements Claim {

    private final ClassicalFlows catalogue;
    private final BiFunction<JetSpace, InitialFields, NetworkFamily> families;

    /**
     * @param families where the networks come from, e.g.
     *                 {@link org.metricflow.flows.network.NetworkFamilySource#load}
     */
    public RicciLocalNetworkFlowClaim(ClassicalFlows catalogue,
                                      BiFunction<JetSpace, InitialFields, NetworkFamily> families) {
        this.catalogue = catalogue;
        this.families = families;
    }

    @Override
    public String id() {
        return "flows.ricci-local-nn-flow";
    }

    @Override
    public String equation() {
        return "eq. (2.42), (2.29)";
    }

    @Override
    public String statement() {
        return "The metric velocity of gradient descent on cosine networks (loss (2.42)) approaches Perelman's "
                + "-2(Ric + Hess phi) on T^2 with relative L2 error ~ N^-1/2 + sigma^2 (fitted exponents)";
    }

    @Override
    public CheckResult check(Budget budget) {
        var definition = catalogue.definition(ClassicalFlow.PERELMAN, 2);
        var loss = catalogue.loss(ClassicalFlow.PERELMAN, 2);
        var initial = TorusRuns.perelmanInitial(definition);
        var family = families.apply(definition.jets(), initial);
        var grid = new TorusGrid(2, budget.scale(16, 32));
        int[] widths = budget.quick() ? new int[] {64, 256, 1024} : new int[] {128, 512, 2048, 8192};
        double[] sigmas = budget.quick() ? new double[] {0.3, 0.6} : new double[] {0.25, 0.35, 0.5, 0.7};
        var result = LocalityStudy.run(family, definition, loss, grid, widths, sigmas, budget.scale(2, 3),
                budget.seed());
        StringBuilder detail = new StringBuilder(grid.toString()).append("; (N, sigma): error vs local / finite-width"
                + " part / sigma part:");
        for (var c : result.cells()) {
            detail.append(String.format(" (%d, %.2f): %.3e/%.3e/%.3e;", c.width(), c.sigma(), c.errorVsLocal(),
                    c.errorVsKernel(), c.kernelVsLocal()));
        }
        double worstWidth = Double.NaN;
        for (LinearFit f : result.widthFits()) {
            if (Double.isNaN(worstWidth) || Math.abs(f.slope() + 0.5) > Math.abs(worstWidth + 0.5)) {
                worstWidth = f.slope();
            }
        }
        detail.append(String.format(" width exponents (worst) %.3f; crossover widths %s",
                worstWidth, java.util.Arrays.toString(result.crossovers())));
        if (!(Math.abs(worstWidth + 0.5) <= 0.2)) {
            return CheckResult.compare("fitted exponent of the finite-width error vs N", worstWidth, -0.5, 0.2,
                    detail.toString());
        }
        return CheckResult.compare("fitted exponent of the non-locality error vs sigma", result.sigmaFit().slope(),
                2.0, 0.2, detail.toString());
    }
}
