package org.metricflow.cli;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.metricflow.symbolic.cas.SafeParser;
import org.metricflow.symbolic.cas.Sym;
import org.metricflow.symbolic.cas.Variables;
import org.metricflow.symbolic.geometry.Chart;
import org.metricflow.symbolic.jet.JetSpace;
import org.metricflow.symbolic.variation.EulerLagrange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code metricflow derive variation}: the Euler–Lagrange expression δ(∫L)/δf of a density typed as text. */
@Command(name = "variation", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Functional derivative dL/df - D_i dL/df_i + D_iD_j dL/df_ij (i <= j) of a density L in jet"
                + " variables of one or more fields: f, f_d1 (= df/dx^1), f_d12 (= d^2f/dx^1dx^2), ..., and the coordinates.",
                "Example: metricflow derive variation --density \"(f_d1^2+f_d2^2)/2\" --field f --coords x,y",
                "         metricflow derive variation --density \"E^(-phi)*(phi_d1^2 + u*u_d1^2)\" --field u,phi --coords x"})
final class DeriveVariationCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--density", required = true, paramLabel = "L", description = "The density in jet variables.")
    String density;

    @Option(names = "--field", required = true, split = ",", paramLabel = "F[,G...]", description = "The field(s): "
            + "letters and digits, e.g. f or g11,g12,g22,phi (one Euler-Lagrange expression per field).")
    List<String> fields;

    @Option(names = "--coords", required = true, split = ",", paramLabel = "X,Y", description = "Coordinate names.")
    List<String> coords;

    @Option(names = "--format", paramLabel = "F", description = "text (Symja input form, default), latex or java.")
    String format = "text";

    @Override
    public Integer call() {
        DerivedOutput.Format f = DerivedOutput.Format.parse(format, true);
        Chart chart = Chart.of(coords.toArray(String[]::new));
        if (fields.stream().distinct().count() != fields.size()) {
            throw new IllegalArgumentException("--field lists a field twice: " + fields);
        }
        Sym l = new SafeParser(Variables.of(new JetSpace(chart.dimension(), fields), coords)).parse(density);
        // the Euler–Lagrange expression of a second-order density reads jets up to fourth order
        JetSpace output = new JetSpace(chart.dimension(), 4, fields);
        Map<String, Sym> el = EulerLagrange.derivatives(l, fields, chart);
        DerivedOutput out = new DerivedOutput(f, output);
        if (fields.size() == 1) {
            out.single("euler_lagrange", el.get(fields.get(0)));
        } else {
            out.group("euler_lagrange", el);
        }
        out.print(common, Variables.of(output, coords));
        return 0;
    }
}
