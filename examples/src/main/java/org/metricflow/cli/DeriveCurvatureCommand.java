package org.metricflow.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.metricflow.symbolic.cas.Simplification;
import org.metricflow.symbolic.cas.Sym;
import org.metricflow.symbolic.cas.UntrustedExpression;
import org.metricflow.symbolic.functionals.Component;
import org.metricflow.symbolic.functionals.Derivation;
import org.metricflow.symbolic.functionals.DerivedEquation;
import org.metricflow.symbolic.geometry.Chart;
import org.metricflow.symbolic.geometry.Metric;
import org.metricflow.symbolic.geometry.RiemannianGeometry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code metricflow derive curvature}: Christoffel symbols, Ricci tensor and scalar curvature of a metric. */
@Command(name = "curvature", mixinStandardHelpOptions = true,
        description = {"Christoffel symbols, Ricci tensor and scalar curvature of a metric on a chart.",
                "Example: derive curvature --coords x,y --metric \"{{E^(2*u(x,y)),0},{0,E^(2*u(x,y))}}\"",
                "Names other than the coordinates are constant parameters (r) or, applied to arguments, fields "
                        + "(u(x,y)); only mathematical functions are accepted."})
final class DeriveCurvatureCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Mixin
    FormatOption format;

    @Option(names = "--coords", required = true, paramLabel = "X,Y,..", description = "Coordinate names.")
    String coords;

    @Option(names = "--metric", required = true, paramLabel = "MATRIX",
            description = "Symmetric matrix g_ij in Symja input form, e.g. {{1,0},{0,r^2}}.")
    String metric;

    @Option(names = "--simplify", defaultValue = "rational", paramLabel = "MODE",
            description = "Normalisation: none, expand, rational (default) or simplify (trigonometric identities).")
    String simplify;

    @Override
    public Integer call() {
        List<String> names = CliText.names("--coords", coords);
        Chart chart = chart(names);
        Sym[][] g = UntrustedExpression.parseMatrix("--metric", metric, UntrustedExpression.Vocabulary.open(names));
        if (g.length != names.size()) {
            throw new IllegalArgumentException("--metric is " + g.length + "x" + g.length + " but --coords has "
                    + names.size() + " coordinates");
        }
        RiemannianGeometry geometry = new RiemannianGeometry(Metric.of(chart, g), simplification(simplify));
        int n = chart.dimension();
        List<Component> christoffel = new ArrayList<>();
        List<Component> ricci = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < n; i++) {
                for (int j = i; j < n; j++) {
                    christoffel.add(new Component("Gamma^" + (k + 1) + "_" + (i + 1) + (j + 1),
                            geometry.christoffel().get(k, i, j)));
                }
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                ricci.add(new Component("R_" + (i + 1) + (j + 1), geometry.ricci().get(i, j)));
            }
        }
        List<String> fields = new ArrayList<>();
        for (Sym[] row : g) {
            for (Sym s : row) {
                fields.addAll(s.functionNames());
            }
        }
        Derivation d = new Derivation("curvature", "Curvature of g on (" + String.join(", ", names) + ")", chart,
                fields.stream().distinct().toList(), List.of(
                "Gamma^k_ij = g^kl (d_i g_jl + d_j g_il - d_l g_ij) / 2 (independent components i <= j)",
                "R_ij = R^k_ikj, R^r_smn = d_m Gamma^r_ns - d_n Gamma^r_ms + Gamma^r_ml Gamma^l_ns - "
                        + "Gamma^r_nl Gamma^l_ms; R = g^ij R_ij (unit sphere S^n: n(n-1))",
                "indices are 1-based positions in --coords"), List.of(
                new DerivedEquation("christoffel", "", "Christoffel symbols of the second kind", christoffel),
                new DerivedEquation("ricci", "", "Ricci tensor", ricci),
                new DerivedEquation("scalar", "", "scalar curvature", List.of(new Component("R", geometry.scalar())))));
        new DerivationPrinter(false).print(d, format.format(), common);
        return 0;
    }

    static Chart chart(List<String> names) {
        try {
            return Chart.of(names.toArray(String[]::new));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--coords: " + e.getMessage());
        }
    }

    static Simplification simplification(String mode) {
        try {
            return Simplification.valueOf(mode.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--simplify must be none, expand, rational or simplify, got '" + mode
                    + "'");
        }
    }
}
