package org.metricflow.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.metricflow.symbolic.cas.SafeParser;
import org.metricflow.symbolic.cas.Sym;
import org.metricflow.symbolic.cas.Variables;
import org.metricflow.symbolic.geometry.ComplexChart;
import org.metricflow.symbolic.geometry.KahlerGeometry;
import org.metricflow.symbolic.geometry.MetricChecks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code metricflow derive kahler}: Kähler metric g_{ab̄} = ∂_a∂̄_b K (eq. B.1), Ricci form
 * R_{ab̄} = −∂_a∂̄_b ln det g (eq. B.3) and scalar curvature g^{ab̄}R_{ab̄} of a Kähler potential K(z, z̄). The conjugate
 * of a coordinate {@code z1} is written {@code z1b}; keys are "a,b" (1-based, all pairs: the matrices are Hermitian).
 */
@Command(name = "kahler", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Kahler metric, Ricci form and scalar curvature of a Kahler potential K(z, zb).",
                "The conjugate of coordinate z1 is written z1b.",
                "Example: metricflow derive kahler --coords z --potential \"Log(1+z*zb)\" --json"})
final class DeriveKahlerCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--coords", required = true, split = ",", paramLabel = "Z1,Z2",
            description = "Holomorphic coordinate names; their conjugates are the names with a trailing 'b'.")
    List<String> coords;

    @Option(names = "--potential", required = true, paramLabel = "K", description = "Kahler potential in z and zb.")
    String potentialText;


    @Mixin
    SymbolicInputOptions input;

    @Override
    public Integer call() {
        DerivedOutput out = input.output();
        ComplexChart chart = ComplexChart.of(coords.toArray(String[]::new));
        List<String> symbols = new ArrayList<>(coords);
        coords.forEach(c -> symbols.add(c + "b"));
        symbols.addAll(input.params);
        List<String> functions = DeriveCurvatureCommand.detectFunctions(potentialText, symbols);
        Sym potential = new SafeParser(Variables.of(symbols), functions).parse(potentialText);
        KahlerGeometry k = KahlerGeometry.fromPotential(chart, potential);
        MetricChecks.requireNondegenerate(k.determinant(), "the metric g = d dbar K of --potential");
        int n = k.dimension();
        Map<String, Sym> metric = new LinkedHashMap<>();
        Map<String, Sym> ricci = new LinkedHashMap<>();
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                String key = (a + 1) + "," + (b + 1);
                metric.put(key, k.metric(a, b));
                ricci.put(key, k.ricci(a, b));
            }
        }
        out.group("metric", metric).group("ricci", ricci).single("scalar", k.scalar());
        out.print(common, null);
        return 0;
    }
}
