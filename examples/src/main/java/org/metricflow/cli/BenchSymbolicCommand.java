package org.metricflow.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.hipparchus.random.Well19937c;
import org.metricflow.bench.symbolic.SymbolicBenchmark;
import org.metricflow.bench.symbolic.SymbolicBenchmark.Options;
import org.metricflow.bench.symbolic.SymbolicBenchmark.Report;
import org.metricflow.bench.symbolic.SymbolicBenchmark.Row;
import org.metricflow.bench.symbolic.SymbolicWorkloads;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code metricflow bench symbolic}. */
@Command(name = "symbolic", mixinStandardHelpOptions = true,
        description = {"Symbolic derivations vs SymPy (bench_sympy.py, run in the same session) and generated code vs "
                + "Symja's numeric evaluation of the 3D Perelman flow velocity.",
                "Each derivation runs from scratch on a fresh Symja engine (no memo caches) after JIT warm-up runs."})
final class BenchSymbolicCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--repeats", defaultValue = "9", paramLabel = "R",
            description = "Timed runs per derivation (median; default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--warmup", paramLabel = "W", defaultValue = "30", description = "Untimed warm-up runs per derivation, so that "
            + "HotSpot has compiled Symja's evaluator (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Mixin
    PeerOptions peers;

    @Option(names = "--points", paramLabel = "N", defaultValue = "100000", description = "Points per batch of generated code (default: ${DEFAULT-VALUE}).")
    int points;

    @Option(names = "--symja-points", paramLabel = "N", defaultValue = "10", description = "Points evaluated by Symja N[] (default: ${DEFAULT-VALUE}).")
    int symjaPoints;

    @Option(names = "--no-codegen", description = "Skip the generated-code vs Symja benchmark (it derives a large expression).")
    boolean noCodegen;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "20240101", description = "Seed of the random jets (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        Path peerDir = peers.enabled() ? peers.directory() : null;
        Options options = new Options(runs, warmup, peerDir, noCodegen ? 0 : points, symjaPoints);
        Report report = SymbolicBenchmark.run(SymbolicWorkloads.defaults(), options, new Well19937c(seed));
        if (peerDir != null && report.peer().skipped() != null) {
            peers.skipped(report.peer().skipped());
        }
        if (common.json()) {
            common.out().println(Json.write(toJson(report)));
        } else {
            print(report, common.out());
        }
        return 0;
    }

    private static void print(Report r, PrintWriter out) {
        out.printf(Locale.ROOT, "Symbolic derivations: median of %d runs, each from scratch on a fresh Symja engine, "
                + "after %d warm-up runs%n", r.options().runs(), r.options().warmup());
        out.println(r.peer().skipped() == null ? "SymPy: bench_sympy.py in the same session (3 runs, caches cleared); "
                + "ratio = SymPy time / metricflow time (> 1: metricflow faster), of medians and of fastest runs"
                : "SymPy peer skipped: " + r.peer().skipped());
        out.printf(Locale.ROOT, "%-54s %8s %8s %8s %8s %8s %6s %6s  %s%n", "workload", "med [s]", "min [s]",
                "cpu [s]", "sympy", "sy. min", "ratio", "r.min", "check");
        for (Row row : r.rows()) {
            out.printf(Locale.ROOT, "%-54s %8.4f %8.4f %8.4f %8s %8s %6s %6s  %s%n", row.name(),
                    row.timing().medianSeconds(), row.timing().minSeconds(), row.timing().medianCpuSeconds(),
                    fmt(row.sympy().median(), "%.4f"), fmt(row.sympy().min(), "%.4f"), fmt(row.ratio(), "%.2fx"),
                    fmt(row.ratioOfMinima(), "%.2fx"), row.timing().check());
        }
        if (r.codegen() != null) {
            var c = r.codegen();
            out.println();
            out.println("Generated code vs Symja numeric evaluation (ReplaceAll + N[], same expressions), 1 thread:");
            out.println("  " + c.description());
            out.printf(Locale.ROOT, "  derivation %.1f s (%d leaves); code generation + Janino %.2f s (%d source lines)%n",
                    c.buildSeconds(), c.leaves(), c.compileSeconds(), c.sourceLines());
            out.printf(Locale.ROOT, "  Symja N[]       %14.0f ns/point  (%d points)%n", c.symjaNsPerPoint(),
                    r.options().symjaPoints());
            out.printf(Locale.ROOT, "  generated code  %14.1f ns/point  (median of 7 batches of %d points)%n",
                    c.generatedNsPerPoint(), r.options().points());
            out.printf(Locale.ROOT, "  speed-up        %14.0fx  (target >= 100x)%n", c.speedup());
            out.printf(Locale.ROOT, "  max relative error vs Symja: %.1e%n", c.maxRelativeError());
        }
    }

    private static String fmt(double v, String format) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, format, v) : "-";
    }

    private static ObjectNode toJson(Report r) {
        ObjectNode root = Json.object();
        root.put("runs", r.options().runs());
        root.put("warmup", r.options().warmup());
        if (r.peer().skipped() != null) {
            root.put("sympySkipped", r.peer().skipped());
        }
        ArrayNode rows = root.putArray("workloads");
        for (Row row : r.rows()) {
            ObjectNode o = rows.addObject();
            o.put("name", row.name());
            Json.putNumber(o, "seconds", row.timing().medianSeconds());
            Json.putNumber(o, "minSeconds", row.timing().minSeconds());
            Json.putNumber(o, "cpuSeconds", row.timing().medianCpuSeconds());
            Json.putNumber(o, "sympySeconds", row.sympy().median());
            Json.putNumber(o, "sympyMinSeconds", row.sympy().min());
            Json.putNumber(o, "ratio", row.ratio());
            Json.putNumber(o, "ratioOfMinima", row.ratioOfMinima());
            o.put("check", row.timing().check());
        }
        if (r.codegen() != null) {
            var c = r.codegen();
            ObjectNode o = root.putObject("codegen");
            o.put("expression", c.description());
            o.put("leaves", c.leaves());
            Json.putNumber(o, "buildSeconds", c.buildSeconds());
            Json.putNumber(o, "compileSeconds", c.compileSeconds());
            o.put("sourceLines", c.sourceLines());
            Json.putNumber(o, "symjaNsPerPoint", c.symjaNsPerPoint());
            Json.putNumber(o, "generatedNsPerPoint", c.generatedNsPerPoint());
            Json.putNumber(o, "speedup", c.speedup());
            Json.putNumber(o, "maxRelativeError", c.maxRelativeError());
        }
        return root;
    }
}
