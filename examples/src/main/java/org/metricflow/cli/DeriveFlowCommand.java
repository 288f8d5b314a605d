package org.metricflow.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.metricflow.symbolic.cas.Sym;
import org.metricflow.symbolic.cas.Variables;
import org.metricflow.symbolic.functionals.GeometricFlow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code metricflow derive flow NAME}: the velocity of a geometric flow in jet variables ({@link GeometricFlow}),
 * for Perelman also the density (R + |∇φ|²)e^{−φ}√det g.
 */
@Command(name = "flow", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Velocity of a geometric flow of the general metric gij(x,y,z) in jet variables (g11_d12 ="
                + " d^2 g11/dx dy); for perelman also the dilaton's evolution phi_t and the density F_density.",
                "Example: metricflow derive flow perelman --dim 2 --json"})
final class DeriveFlowCommand implements Callable<Integer> {

    private static final List<String> NOT_AVAILABLE = List.of("kahler-ricci", "calabi", "monge-ampere-ultralocal",
            "monge-ampere-2deriv");

    @Mixin
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "NAME", description = "ricci or perelman.")
    String name;

    @Option(names = "--dim", paramLabel = "D", description = "Dimension of the chart, 1..3 (default 2).")
    int dim = 2;

    @Option(names = "--format", paramLabel = "F", description = "text (Symja input form, default), latex or java"
            + " (generated source).")
    String format = "text";

    @Override
    public Integer call() {
        DerivedOutput.Format f = DerivedOutput.Format.parse(format, true);
        GeometricFlow flow = switch (name) {
            case "ricci" -> GeometricFlow.ricci(dim);
            case "perelman" -> GeometricFlow.perelman(dim);
            default -> throw new IllegalArgumentException(NOT_AVAILABLE.contains(name)
                    ? "flow '" + name + "' is not available in this build (available: ricci, perelman)"
                    : "unknown flow '" + name + "'; available: ricci, perelman");
        };
        Map<String, Sym> velocity = new LinkedHashMap<>();
        List<Sym> jets = flow.velocityJets();
        for (int k = 0; k < jets.size(); k++) {
            velocity.put(flow.velocityNames().get(k), jets.get(k));
        }
        DerivedOutput out = new DerivedOutput(f, flow.jets()).group("velocity", velocity)
                .single(flow.densityName(), flow.toJet(flow.density()));
        out.print(common, Variables.of(flow.jets(), List.of()));
        return 0;
    }
}
