package org.metricflow.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.metricflow.symbolic.cas.Sym;
import org.metricflow.symbolic.cas.UntrustedExpression;
import org.metricflow.symbolic.functionals.Component;
import org.metricflow.symbolic.functionals.Derivation;
import org.metricflow.symbolic.functionals.DerivedEquation;
import org.metricflow.symbolic.geometry.ComplexChart;
import org.metricflow.symbolic.geometry.KahlerGeometry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code metricflow derive kahler}: metric, Ricci form and scalar curvature of a Kähler potential. */
@Command(name = "kahler", mixinStandardHelpOptions = true,
        description = {"Kahler metric g_ab = d_a dbar_b K, Ricci form R_ab = -d_a dbar_b ln det g and scalar "
                + "curvature g^{ab} R_ab of a potential K(z, zbar).",
                "The conjugate of coordinate z1 is the symbol z1b. Example: derive kahler --coords z1,z2 "
                        + "--potential \"Log(1 + z1*z1b + z2*z2b)\""})
final class DeriveKahlerCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Mixin
    FormatOption format;

    @Option(names = "--coords", required = true, paramLabel = "Z1,Z2,..", description = "Holomorphic coordinates.")
    String coords;

    @Option(names = "--potential", required = true, paramLabel = "K", description = "Kahler potential K(z, zbar).")
    String potential;

    @Override
    public Integer call() {
        List<String> names = CliText.names("--coords", coords);
        ComplexChart chart;
        try {
            chart = ComplexChart.of(names.toArray(String[]::new));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--coords: " + e.getMessage());
        }
        List<String> symbols = new ArrayList<>(names);
        names.forEach(n -> symbols.add(n + "b"));
        Sym k = UntrustedExpression.parse("--potential", potential, UntrustedExpression.Vocabulary.open(symbols));
        KahlerGeometry geometry = KahlerGeometry.fromPotential(chart, k);
        int n = chart.dimension();
        List<Component> metric = new ArrayList<>();
        List<Component> ricci = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                String ab = "" + (a + 1) + (b + 1) + "bar";
                metric.add(new Component("g_" + ab, geometry.metric(a, b)));
                ricci.add(new Component("R_" + ab, geometry.ricci(a, b)));
            }
        }
        Derivation d = new Derivation("kahler", "Kahler geometry of K = " + k, chart.complexifiedChart(),
                new ArrayList<>(k.functionNames()), List.of(
                "z and zbar independent (Wirtinger); g_ab = d_a dbar_b K; real metric ds^2 = 2 g_ab dz^a dzbar^b",
                "R_ab = -d_a dbar_b ln det g (the Riemannian Ricci tensor in complex components)",
                "scalar = g^{ab} R_ab (Kahler convention, the paper's R); the Riemannian scalar is twice it; "
                        + "Fubini-Study on CP^n: R_ab = (n+1) g_ab"), List.of(
                new DerivedEquation("metric", "(B.1)", "g_ab = d_a dbar_b K", metric),
                new DerivedEquation("ricci", "(B.3)", "R_ab = -d_a dbar_b ln det g", ricci),
                new DerivedEquation("scalar", "(B.8)", "R = g^{ab} R_ab",
                        List.of(new Component("R", geometry.scalar())))));
        new DerivationPrinter(false).print(d, format.format(), common);
        return 0;
    }
}
