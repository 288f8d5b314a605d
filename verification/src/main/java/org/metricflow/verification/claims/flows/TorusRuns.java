package org.metricflow.verification.claims.flows;

import java.util.function.ToDoubleFunction;
import org.metricflow.flows.Flow;
import org.metricflow.flows.FlowDefinition;
import org.metricflow.flows.InitialFields;
import org.metricflow.flows.analysis.DecayRate;
import org.metricflow.flows.analysis.FourierModes;
import org.metricflow.flows.analysis.MetricStatistics;
import org.metricflow.flows.analysis.StiffnessEstimate;
import org.metricflow.flows.classic.ClassicalFlow;
import org.metricflow.flows.classic.ClassicalFlows;
import org.metricflow.flows.grid.ComplexTorus;
import org.metricflow.flows.grid.TorusGrid;
import org.metricflow.flows.local.LocalFlow;
import org.metricflow.flows.time.FlowResult;
import org.metricflow.flows.time.FlowRunner;
import org.metricflow.flows.time.FlowStatus;
import org.metricflow.flows.time.IntegrationOptions;

/** Shared set-up of the torus-flow claims. */
final class TorusRuns {

    /** At most this many velocity evaluations per run segment (a stuck run fails instead of hanging). */
    static final int MAX_EVALUATIONS = 400_000;

    private TorusRuns() {
    }

    /** Dormand–Prince 8(5,3) at tolerance {@code tol}, steps capped by the stability of the flow at {@code y0}. */
    static FlowRunner runner(Flow flow, double[] y0, double tol) {
        double rho = StiffnessEstimate.spectralRadius(flow, y0, 30, 1);
        return new FlowRunner(IntegrationOptions.adaptive(tol).withStabilityCap(rho)
                .withMaxEvaluations(MAX_EVALUATIONS));
    }

    /**
     * Linearised rate of a Kähler potential flow on C/Λ (8² grid: mode (2, 1) resolved; backward-parabolic forms
     * amplify rounding only mildly there): φ₀ = 10⁻⁶ cos(2x + y), fitted over t ∈ [0, 0.2]. Returns {rate, relative
     * volume drift ∫det g}.
     */
    static double[] potentialRate(ClassicalFlows catalogue, ClassicalFlow kind) {
        var definition = catalogue.definition(kind, 2);
        var grid = new ComplexTorus(1, 8).grid();
        var flow = new LocalFlow(definition, grid);
        double[] y0 = InitialFields.flat(definition).with("phi", x -> 1e-6 * Math.cos(2 * x[0] + x[1])).sample(grid);
        double[] last = y0.clone();
        var fit = DecayRate.measure(runner(flow, y0, 1e-14), flow, y0, 0.2, y -> {
            System.arraycopy(y, 0, last, 0, y.length);
            return FourierModes.cosineAmplitude(grid, y, 0, 2, 1);
        });
        var stats = new MetricStatistics(flow);
        return new double[] {-fit.slope(), Math.abs(stats.summarize(last).volume() / stats.summarize(y0).volume() - 1)};
    }

    /**
     * Non-trivial initial data of Perelman's flow on T²: g11 = 1 + 0.2 cos x, g12 = 0.05 cos y,
     * g22 = 1 + 0.1 sin(x + y), φ = 0.1 cos(x + y) (positive definite: eigenvalues ≥ 0.73).
     */
    static InitialFields perelmanInitial(FlowDefinition definition) {
        return InitialFields.flat(definition)
                .with("g11", x -> 1 + 0.2 * Math.cos(x[0]))
                .with("g12", x -> 0.05 * Math.cos(x[1]))
                .with("g22", x -> 1 + 0.1 * Math.sin(x[0] + x[1]))
                .with("phi", x -> 0.1 * Math.cos(x[0] + x[1]));
    }

    /** The conformally flat metric e^{2u}δ on T² as initial fields of a component-metric flow. */
    static double[] conformal(FlowDefinition definition, TorusGrid grid, ToDoubleFunction<double[]> u) {
        ToDoubleFunction<double[]> e2u = x -> Math.exp(2 * u.applyAsDouble(x));
        return InitialFields.flat(definition).with("g11", e2u).with("g22", e2u).sample(grid);
    }

    /** Runs to {@code t} and returns the final state; a stopped run is an error of the check. */
    static double[] completed(FlowRunner runner, Flow flow, double[] y0, double t) {
        FlowResult result = runner.run(flow, y0, t);
        if (result.status() != FlowStatus.COMPLETED) {
            throw new IllegalStateException(flow.definition().name() + " flow stopped: "
                    + result.stop().orElseThrow().message());
        }
        return result.state();
    }

    /** The conformal factor u = ½ ln g11 of a state whose first field is g11. */
    static double[] conformalFactor(TorusGrid grid, double[] state) {
        double[] u = new double[grid.points()];
        for (int p = 0; p < u.length; p++) {
            u[p] = 0.5 * Math.log(state[p]);
        }
        return u;
    }
}
