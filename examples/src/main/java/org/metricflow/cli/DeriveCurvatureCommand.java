package org.metricflow.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.metricflow.symbolic.cas.SafeParser;
import org.metricflow.symbolic.cas.Sym;
import org.metricflow.symbolic.cas.Variables;
import org.metricflow.symbolic.geometry.Chart;
import org.metricflow.symbolic.geometry.Christoffel;
import org.metricflow.symbolic.geometry.Metric;
import org.metricflow.symbolic.geometry.MetricChecks;
import org.metricflow.symbolic.geometry.RiemannianGeometry;
import org.metricflow.symbolic.geometry.SymmetricMatrix;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code metricflow derive curvature}: Christoffel symbols Γ^k_ij (i ≤ j, keys "k,i,j" 1-based), Ricci tensor R_ij
 * (i ≤ j, keys "i,j") and scalar curvature of a metric typed as a Symja matrix.
 */
@Command(name = "curvature", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Christoffel symbols, Ricci tensor and scalar curvature of a metric on a coordinate chart.",
                "Example: metricflow derive curvature --coords x,y --metric \"{{E^(2*u(x,y)),0},{0,E^(2*u(x,y))}}\""
                        + " --json"})
final class DeriveCurvatureCommand implements Callable<Integer> {

    /** An identifier applied to arguments, e.g. {@code u(} or {@code u[}. */
    private static final Pattern APPLIED = Pattern.compile("(?<![A-Za-z0-9_])([A-Za-z][A-Za-z0-9]*)\\s*[(\\[]");

    @Mixin
    CommonOptions common;

    @Option(names = "--coords", required = true, split = ",", paramLabel = "X,Y", description = "Coordinate names.")
    List<String> coords;

    @Option(names = "--metric", required = true, paramLabel = "MATRIX", description = "g_ij as a symmetric n x n"
            + " Symja list, e.g. {{1,0},{0,r^2}}; undeclared functions of the coordinates such as u(x,y) are fields.")
    String metricText;

    @Option(names = "--functions", split = ",", paramLabel = "U,V", description = "Field function names (default:"
            + " detected from the metric).")
    List<String> functions;


    @Mixin
    SymbolicInputOptions input;

    @Override
    public Integer call() {
        DerivedOutput out = input.output();
        Chart chart = Chart.of(coords.toArray(String[]::new));
        List<String> symbols = new ArrayList<>(coords);
        symbols.addAll(input.params);
        Metric metric = new Metric(chart, parseMetric(metricText, symbols, chart.dimension(),
                functions != null ? functions : detectFunctions(metricText, symbols)));
        RiemannianGeometry geometry = RiemannianGeometry.of(metric);
        MetricChecks.requireNondegenerate(geometry.determinant(), "--metric");
        MetricChecks.requirePositiveDefiniteSomewhere(metric.components(), symbols, "--metric");
        int n = chart.dimension();
        Christoffel gamma = geometry.christoffel();
        Map<String, Sym> christoffel = new LinkedHashMap<>();
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < n; i++) {
                for (int j = i; j < n; j++) {
                    christoffel.put((k + 1) + "," + (i + 1) + "," + (j + 1), gamma.get(k, i, j));
                }
            }
        }
        Map<String, Sym> ricci = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                ricci.put((i + 1) + "," + (j + 1), geometry.ricci().get(i, j));
            }
        }
        out.group("christoffel", christoffel).group("ricci", ricci).single("scalar", geometry.scalar().simplify());
        out.print(common, null);
        return 0;
    }

    /** Non-coordinate names applied to arguments that are not Symja built-ins (e.g. {@code u} in u(x,y)). */
    static List<String> detectFunctions(String text, List<String> symbols) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = APPLIED.matcher(text == null ? "" : text);
        while (m.find()) {
            String name = m.group(1);
            if (!symbols.contains(name) && isUserSymbol(name)) {
                out.add(name);
            }
        }
        return new ArrayList<>(out);
    }

    private static boolean isUserSymbol(String name) {
        try {
            Sym.symbol(name);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The metric parsed by the whitelisting {@link SafeParser}: a square symmetric n×n list.
     *
     * @throws IllegalArgumentException for non-whitelisted input or a malformed matrix
     */
    static SymmetricMatrix parseMetric(String text, List<String> symbols, int n, List<String> functions) {
        Sym parsed = new SafeParser(Variables.of(symbols), functions).parse(text);
        List<Sym> rows = listOf(parsed, "--metric");
        if (rows.size() != n) {
            throw new IllegalArgumentException("--metric must be a " + n + "x" + n + " list for " + n
                    + " coordinates, got " + rows.size() + " rows");
        }
        Sym[][] g = new Sym[n][];
        for (int i = 0; i < n; i++) {
            List<Sym> row = listOf(rows.get(i), "row " + (i + 1) + " of --metric");
            if (row.size() != n) {
                throw new IllegalArgumentException("--metric row " + (i + 1) + " has " + row.size()
                        + " entries, expected " + n);
            }
            g[i] = row.toArray(Sym[]::new);
        }
        return SymmetricMatrix.of(g);
    }

    private static List<Sym> listOf(Sym s, String what) {
        try {
            return s.listElements();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + " must be a list {..}, got '" + s + "'");
        }
    }
}
