package org.metricflow.examples;

import org.metricflow.flows.FlowDefinition;
import org.metricflow.flows.InitialFields;
import org.metricflow.symbolic.functionals.NamedFlow;
import org.metricflow.flows.classic.ClassicalFlows;
import org.metricflow.flows.grid.TorusGrid;
import org.metricflow.flows.network.LocalityCheck;
import org.metricflow.flows.network.NetworkFamilySource;
import org.metricflow.flows.network.NetworkFlow;
import org.metricflow.flows.network.VelocityComparison;
import org.metricflow.symbolic.codegen.CompiledFunction;

/**
 * The central check on T² 16²: per-component cosine networks (N = 2048, σ = 0.3) on the loss (2.42), L = −F, with the
 * plain update (gradient descent on θ) and with the natural update (functional gradient preconditioned by the
 * generated natural kernel K, docs/ricci-nn-flow.md). Prints, for each, ‖v_NN − v_(2.40)‖/‖v‖ and the distance of
 * the update's local prediction from Perelman's flow (2.40): O(1) for plain, rounding-level for natural.
 */
public final class NaturalRicciNetworkExample {

    private NaturalRicciNetworkExample() {
    }

    public static void main(String[] args) {
        ClassicalFlows catalogue = ClassicalFlows.load();
        FlowDefinition perelman = catalogue.definition(NamedFlow.PERELMAN, 2);
        CompiledFunction loss = catalogue.loss(NamedFlow.PERELMAN, 2);
        InitialFields initial = InitialFields.flat(perelman)
                .with("g11", x -> 1 + 0.2 * Math.cos(x[0]))
                .with("g12", x -> 0.05 * Math.cos(x[1]))
                .with("g22", x -> 1 + 0.1 * Math.sin(x[0] + x[1]))
                .with("phi", x -> 0.1 * Math.cos(x[0] + x[1]));
        var net = NetworkFamilySource.load(perelman.jets(), initial).sample(2048, 0.3, 1);
        TorusGrid grid = new TorusGrid(2, 16);
        for (String update : new String[] {"plain", "natural"}) {
            CompiledFunction kernel = update.equals("natural")
                    ? catalogue.naturalKernel(NamedFlow.PERELMAN, 2) : null;
            NetworkFlow flow = new NetworkFlow(net.model(), perelman, loss, grid, kernel);
            VelocityComparison c = new LocalityCheck(flow, 0.3).compare(net.parameters());
            System.out.printf("%-8s ||v_NN - (2.40)||/||v|| = %.3f   local prediction vs (2.40): %.2e%n", update,
                    c.errorVsFlow(), c.localVsFlow());
        }
    }
}
