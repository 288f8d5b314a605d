package org.metricflow.flows.network;

import java.util.ArrayList;
import java.util.List;
import org.metricflow.flows.FlowDefinition;
import org.metricflow.flows.analysis.LinearFit;
import org.metricflow.flows.grid.TorusGrid;
import org.metricflow.symbolic.codegen.CompiledFunction;

/**
 * The central check "Ricci flow as a local NN metric flow" as a sweep: for every width N and kernel width σ, the
 * {@link VelocityComparison} of the velocity measured on networks of the family with the local prediction,
 * root-mean-square over {@code draws} seeds; then the fitted exponents of the finite-width part vs N (per σ,
 * expected −½) and of the non-locality part vs σ (expected 2), and the crossover width N*(σ) where the two parts
 * are equal (beyond it the σ² bias dominates and widening the network no longer helps).
 */
public final class LocalityStudy {

    /** One (N, σ) cell: the distances of {@link VelocityComparison}, root mean square over the draws. */
    public record Cell(int width, double sigma, double errorVsLocal, double errorVsKernel, double kernelVsLocal,
                       double errorVsFlow, double localVsFlow) {
    }

    /**
     * The sweep and its fits.
     *
     * @param cells      all cells, widths outermost
     * @param widthFits  per σ (in the given order): log(errorVsKernel) against log N
     * @param sigmaFit   log(kernelVsLocal) against log σ (at the largest width)
     * @param crossovers per σ: the width where the fitted finite-width error equals kernelVsLocal(σ)
     */
    public record Result(List<Cell> cells, List<LinearFit> widthFits, LinearFit sigmaFit, double[] crossovers) {
        public Result {
            cells = List.copyOf(cells);
            widthFits = List.copyOf(widthFits);
            crossovers = crossovers.clone();
        }

        @Override
        public double[] crossovers() {
            return crossovers.clone();
        }
    }

    private LocalityStudy() {
    }

    /**
     * Runs the sweep.
     *
     * @param widths at least two widths for the N-fits
     * @param sigmas at least two σ for the σ-fit
     * @param draws  networks per cell (≥ 1); seeds {@code seed + draw}
     */
    public static Result run(NetworkFamily family, FlowDefinition definition, CompiledFunction loss, TorusGrid grid,
                             int[] widths, double[] sigmas, int draws, long seed) {
        return run(family, definition, loss, null, grid, widths, sigmas, draws, seed);
    }

    /**
     * Runs the sweep with the natural update preconditioned by {@code kernel} (see {@link NetworkFlow}); null gives
     * the plain update.
     */
    public static Result run(NetworkFamily family, FlowDefinition definition, CompiledFunction loss,
                             CompiledFunction kernel, TorusGrid grid, int[] widths, double[] sigmas, int draws,
                             long seed) {
        if (widths.length < 2 || sigmas.length < 2 || draws < 1) {
            throw new IllegalArgumentException("a locality study needs >= 2 widths, >= 2 sigmas and >= 1 draw, got "
                    + widths.length + ", " + sigmas.length + ", " + draws);
        }
        List<Cell> cells = new ArrayList<>();
        double[][] finite = new double[sigmas.length][widths.length];
        double[] bias = new double[sigmas.length];
        for (int i = 0; i < widths.length; i++) {
            for (int j = 0; j < sigmas.length; j++) {
                double local = 0;
                double finitePart = 0;
                double smear = 0;
                double vsFlow = 0;
                double localFlow = 0;
                for (int r = 0; r < draws; r++) {
                    SampledNetwork net = family.sample(widths[i], sigmas[j], seed + r);
                    var flow = new NetworkFlow(net.model(), definition, loss, grid, kernel);
                    VelocityComparison c = new LocalityCheck(flow, sigmas[j]).compare(net.parameters());
                    local += c.errorVsLocal() * c.errorVsLocal();
                    finitePart += c.errorVsKernel() * c.errorVsKernel();
                    smear += c.kernelVsLocal() * c.kernelVsLocal();
                    vsFlow += c.errorVsFlow() * c.errorVsFlow();
                    localFlow += c.localVsFlow() * c.localVsFlow();
                }
                Cell cell = new Cell(widths[i], sigmas[j], Math.sqrt(local / draws), Math.sqrt(finitePart / draws),
                        Math.sqrt(smear / draws), Math.sqrt(vsFlow / draws), Math.sqrt(localFlow / draws));
                cells.add(cell);
                finite[j][i] = cell.errorVsKernel();
                bias[j] = cell.kernelVsLocal();
            }
        }
        double[] n = new double[widths.length];
        for (int i = 0; i < widths.length; i++) {
            n[i] = widths[i];
        }
        List<LinearFit> widthFits = new ArrayList<>();
        double[] crossovers = new double[sigmas.length];
        for (int j = 0; j < sigmas.length; j++) {
            LinearFit fit = LinearFit.powerLaw(n, finite[j]);
            widthFits.add(fit);
            crossovers[j] = Math.exp((Math.log(bias[j]) - fit.intercept()) / fit.slope());
        }
        return new Result(cells, widthFits, LinearFit.powerLaw(sigmas, bias), crossovers);
    }
}
