package org.metricflow.verification.claims.flows;

import java.util.Arrays;
import java.util.function.BiFunction;
import org.metricflow.flows.InitialFields;
import org.metricflow.flows.JetBinding;
import org.metricflow.flows.analysis.LinearFit;
import org.metricflow.symbolic.functionals.NamedFlow;
import org.metricflow.flows.classic.ClassicalFlows;
import org.metricflow.flows.grid.SpectralJets;
import org.metricflow.flows.grid.TorusGrid;
import org.metricflow.flows.network.EulerLagrange;
import org.metricflow.flows.network.LocalityStudy;
import org.metricflow.flows.network.NetworkFamily;
import org.metricflow.symbolic.jet.JetSpace;
import org.metricflow.verification.Budget;
import org.metricflow.verification.CheckResult;
import org.metricflow.verification.Claim;
import org.metricflow.verification.Mutation;

/**
 * The central check: is Perelman's flow realised as a local NN metric flow by the loss (2.42)? Per-field periodic
 * cosine networks of width N with the normalised periodic Gaussian of width σ as NTK are trained by gradient descent
 * on the generated loss l = −(R + |∇φ|²)e^{−φ}√det g on T²; the velocity measured on the network is compared with
 * (i) the local-flow prediction v = −δL/δf of the loss (numerical Euler–Lagrange operator, itself checked against the
 * symbolic first variation {@link PerelmanGradientVelocity}) — the relative L² error splits into a finite-width part
 * ∝ N^{−1/2} and a non-locality part ∝ σ², both fitted — and (ii) Perelman's −2(R_ij + ∇_i∇_jφ), −R − Δφ (2.40),
 * which v differs from at O(1): index positions (R^{ij} vs R_ij), the density e^{−φ}√g, the trace term and the φ
 * equation. ERRATUM with the velocity gradient descent does realise; the construction that does realise (2.40) is
 * {@link RicciNaturalNetworkFlowClaim}.
 */
public final class RicciLocalNetworkFlowClaim implements Claim {

    private static final String CORRECTED = "gradient descent on (2.42) with one network per component and NTK "
            + "delta(x-x') gives dg_ij/dt = (2-delta_ij) e^{-phi} sqrt(g) [-(R^{ij} + grad^i grad^j phi) + "
            + "g^{ij}(2 Lap phi - |grad phi|^2 + R)/2], dphi/dt = e^{-phi} sqrt(g)(-R - 2 Lap phi + |grad phi|^2), "
            + "not Perelman's (2.40); (2.40) needs the natural kernel K delta(x-x') on (g_(ij), phi): K_(ij)(kl) = "
            + "(g_ik g_jl + g_il g_jk)/m, K_(ij)phi = g_ij/m, K_phiphi = (d/2)/m, m = e^{-phi} sqrt(g) (claim "
            + "flows.ricci-natural-nn-flow); the kernel e^{phi}/sqrt(g) (g_ik g_jl + g_il g_jk)/2 gives half of (2.40)";

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
        return "eq. (2.42), (2.29), (2.40)";
    }

    @Override
    public String statement() {
        return "Gradient descent of cosine networks on the loss (2.42) realises Perelman's flow (2.40) as a local NN "
                + "metric flow on T^2, with relative L2 error ~ N^-1/2 + sigma^2 (fitted exponents)";
    }

    @Override
    public Mutation mutation() {
        return Mutation.planted("the symbolic first variation (reference of the numerical Euler-Lagrange operator) without the off-diagonal "
                + "factor 2 of g_12 (one network for g_12 and g_21)");
    }

    @Override
    public CheckResult check(Budget budget) {
        var definition = catalogue.definition(NamedFlow.PERELMAN, 2);
        var loss = catalogue.loss(NamedFlow.PERELMAN, 2);
        var initial = TorusRuns.perelmanInitial(definition);
        var grid = new TorusGrid(2, 32);
        double eulerLagrange = eulerLagrangeVsFirstVariation(definition.jets(), loss, initial, grid,
                budget.mutated() ? 1 : 2);
        var family = families.apply(definition.jets(), initial);
        int[] widths = budget.quick() ? new int[] {64, 256, 1024} : new int[] {128, 512, 2048, 8192};
        double[] sigmas = budget.quick() ? new double[] {0.25, 0.5} : new double[] {0.2, 0.3, 0.45, 0.6};
        var result = LocalityStudy.run(family, definition, loss, grid, widths, sigmas, budget.scale(2, 4),
                budget.seed());
        StringBuilder detail = new StringBuilder(grid.toString()).append(String.format("; numerical -dL/df vs "
                + "symbolic first variation: %.1e; (N, sigma): error vs local / finite-width part / sigma part / vs "
                + "(2.40):", eulerLagrange));
        double vsPerelman = 0;
        for (var c : result.cells()) {
            detail.append(String.format(" (%d, %.2f): %.3e/%.3e/%.3e/%.3f;", c.width(), c.sigma(), c.errorVsLocal(),
                    c.errorVsKernel(), c.kernelVsLocal(), c.errorVsFlow()));
            vsPerelman = Math.max(vsPerelman, c.localVsFlow());
        }
        // one exponent per sigma from 4 (quick: 3) widths and 2-4 seeds is noisy (measured -0.32..-0.53 at the full
        // budget); their mean is the pooled fit with one intercept per sigma, which the claim tests
        double[] slopes = result.widthFits().stream().mapToDouble(LinearFit::slope).toArray();
        double meanWidth = Arrays.stream(slopes).average().orElse(Double.NaN);
        detail.append(String.format(" width exponents per sigma %s (mean %.3f); sigma exponent %.3f; crossover widths"
                + " %s; ||-dL/df - (2.40)||/||-dL/df|| = %.3f", Arrays.toString(Arrays.stream(slopes)
                .map(x -> Math.round(x * 1000) / 1000.0).toArray()), meanWidth, result.sigmaFit().slope(),
                Arrays.toString(result.crossovers()), vsPerelman));
        if (!(eulerLagrange <= 1e-8)) {
            return CheckResult.compare("numerical -dL/df vs the symbolic first variation", eulerLagrange, 0, 1e-8,
                    detail.toString());
        }
        if (!(Math.abs(meanWidth + 0.5) <= 0.2)) {
            return CheckResult.compare("fitted exponent of the finite-width error vs N (mean over sigma)", meanWidth,
                    -0.5, 0.2,
                    detail.toString());
        }
        if (vsPerelman <= 0.05) {
            return CheckResult.compare("fitted exponent of the non-locality error vs sigma", result.sigmaFit().slope(),
                    2.0, 0.2, detail.toString());
        }
        return CheckResult.erratum("fitted exponent of the non-locality error vs sigma (towards the corrected local "
                + "velocity)", result.sigmaFit().slope(), 2.0, 0.2, detail.toString(), CORRECTED);
    }

    /** max |−δL/δf (spectral Euler–Lagrange of the generated loss) − first-variation formula| / max |formula|. */
    private static double eulerLagrangeVsFirstVariation(JetSpace jets, org.metricflow.symbolic.codegen.CompiledFunction
            loss, InitialFields initial, TorusGrid grid, int offDiagonal) {
        int n = grid.points();
        double[] fieldJets = new double[n * jets.size()];
        new SpectralJets(grid, jets).jets(initial.sample(grid), fieldJets);
        double[] numerical = new double[n * jets.fields().size()];
        new EulerLagrange(loss, jets, grid).derivative(fieldJets, numerical);
        var formula = new JetBinding(PerelmanGradientVelocity.compile(2, offDiagonal), jets);
        double[] symbolic = new double[n * jets.fields().size()];
        formula.evaluate(fieldJets, new double[formula.scratchSize(n)], symbolic, 0, n);
        int fields = jets.fields().size();
        double worst = 0;
        double scale = 0;
        for (int p = 0; p < n; p++) {
            for (int k = 0; k < fields; k++) {
                double s = symbolic[p * fields + k];
                scale = Math.max(scale, Math.abs(s));
                worst = Math.max(worst, Math.abs(-numerical[k * n + p] - s));
            }
        }
        return worst / scale;
    }
}
