package org.metricflow.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.metricflow.symbolic.cas.Simplification;
import org.metricflow.symbolic.cas.Sym;
import org.metricflow.symbolic.cas.UntrustedExpression;
import org.metricflow.symbolic.functionals.Component;
import org.metricflow.symbolic.functionals.Derivation;
import org.metricflow.symbolic.functionals.DerivedEquation;
import org.metricflow.symbolic.geometry.Chart;
import org.metricflow.symbolic.variation.EulerLagrange;
import org.metricflow.symbolic.variation.LocalFunctional;
import org.metricflow.symbolic.variation.Measure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code metricflow derive variation}: Euler–Lagrange equations of a custom density. */
@Command(name = "variation", mixinStandardHelpOptions = true,
        description = {"Functional derivatives dF/df = sum_a (-D)^a dL/d(d_a f) of F = Int L mu dx for a density "
                + "given as text.",
                "Example: derive variation --density \"D(f(x,y),x)^2 + D(f(x,y),y)^2\" --field f --coords x,y"})
final class DeriveVariationCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Mixin
    FormatOption format;

    @Option(names = "--density", required = true, paramLabel = "L", description = "The density L, fields written "
            + "as f(x,y), derivatives as D(f(x,y),x).")
    String density;

    @Option(names = "--field", required = true, paramLabel = "F,..", description = "Field(s) to vary.")
    String fields;

    @Option(names = "--coords", required = true, paramLabel = "X,Y,..", description = "Coordinate names.")
    String coords;

    @Option(names = "--measure", defaultValue = "1", paramLabel = "MU",
            description = "Density of the measure with respect to dx (default ${DEFAULT-VALUE}).")
    String measure;

    @Override
    public Integer call() {
        List<String> names = CliText.names("--coords", coords);
        List<String> fieldNames = CliText.names("--field", fields);
        Chart chart = DeriveCurvatureCommand.chart(names);
        UntrustedExpression.Vocabulary vocabulary = new UntrustedExpression.Vocabulary(
                java.util.Set.copyOf(names), java.util.Set.copyOf(fieldNames), true);
        Sym l = UntrustedExpression.parse("--density", density, vocabulary);
        Sym mu = UntrustedExpression.parse("--measure", measure, vocabulary);
        LocalFunctional f = new LocalFunctional("custom", chart, fieldNames, l, new Measure(measure, mu));
        List<Component> el = new ArrayList<>();
        for (String field : fieldNames) {
            el.add(new Component("dF/d" + field, EulerLagrange.derivative(f, field, Simplification.RATIONAL)));
        }
        Derivation d = new Derivation("variation", "Euler-Lagrange equations of F = Int L mu dx", chart, fieldNames,
                List.of("dF/df = sum over multi-indices a of (-D)^a dL/d(d_a f), D the total derivative; a density "
                        + "with respect to dx", "jet variables: f$dK.. = d_K.. f (1-based coordinate indices)"),
                List.of(new DerivedEquation("density", "", "L mu", List.of(new Component("L mu", f.integrand()))),
                        new DerivedEquation("euler-lagrange", "", "functional derivatives", el)));
        new DerivationPrinter(true).print(d, format.format(), common);
        return 0;
    }
}
