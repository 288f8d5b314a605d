package org.metricflow.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.time.Duration;
import org.metricflow.flows.FlowDefinition;
import org.metricflow.flows.InitialFields;
import org.metricflow.symbolic.functionals.NamedFlow;
import org.metricflow.flows.classic.ClassicalFlows;
import org.metricflow.flows.grid.SpectralJets;
import org.metricflow.flows.grid.TorusGrid;
import org.metricflow.numeric.Parallel;
import org.metricflow.flows.local.LocalFlow;
import org.metricflow.flows.network.NetworkFamilySource;
import org.metricflow.flows.network.NetworkFlow;
import org.metricflow.flows.network.SampledNetwork;
import org.metricflow.flows.quintic.FlowOperators;
import org.metricflow.flows.quintic.PositivityPolicy;
import org.metricflow.flows.quintic.QuinticFlowOptions;
import org.metricflow.flows.quintic.QuinticKernel;
import org.metricflow.flows.quintic.QuinticKernelFlow;
import org.metricflow.numeric.manifold.ProjectiveHypersurface;
import org.metricflow.numeric.sampling.LineIntersectionSampler;
import org.metricflow.numeric.sample.PointSample;
import org.metricflow.numeric.sampling.SamplerOptions;
import org.metricflow.symbolic.jet.JetSpace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code metricflow bench flow}: the 3D Ricci-flow velocity on an n³ grid — spectral jets of the six metric
 * components plus the velocity from generated code — in grid-point updates per second, against a straightforward
 * NumPy spectral implementation ({@code ricci3d_numpy.py}, run in the same benchmark when python3 with numpy is
 * available).
 */
@Command(name = "flow", mixinStandardHelpOptions = true,
        description = "3D Ricci flow velocity (spectral jets + generated code): grid-point updates per second vs NumPy.")
final class BenchFlowCommand implements Callable<Integer> {


    @Mixin
    CommonOptions common;

    @Option(names = "--grid", paramLabel = "N", defaultValue = "32", description = "Points per axis (power of two >= 4).")
    int grid;

    @Option(names = "--repeats", paramLabel = "R", defaultValue = "7", description = "Timed repetitions (the median is reported).")
    int repeats;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: available processors).")
    Integer threads;

    @Mixin
    PeerOptions peers;

    @Option(names = "--quintic", description = "Add rows for one kernel-flow step on the quintic (flow quintic): "
            + "each kernel at N = 2,500 and 20,000 (ReLU at 20,000: matrix-free, one step of ~30 s), Delta at "
            + "100,000; 100 test points; median of 3 steps with CPU seconds.")
    boolean quintic;

    @Option(names = "--network", description = "Add rows for one step of the Perelman network flow on T^2 32^2, "
            + "N = 8,192, with the plain and the natural update (flow network --update), with CPU seconds.")
    boolean network;

    @Option(paramLabel = "N", names = "--quintic-n", defaultValue = "10000", description = "With --quintic: training points of the "
            + "closed-form flow to t = inf (Gaussian kernel, ridge 1e-4, conjugate gradients) timed next to the NumPy "
            + "peer examples/peers/quintic_exact_flow.py (eigh and solve on the same matrix). Default ${DEFAULT-VALUE}.")
    int quinticN;

    @Option(names = "--no-eigh", description = "With --quintic: the NumPy peer skips numpy.linalg.eigh (minutes at "
            + "N = 10,000).")
    boolean noEigh;

    /** One table row. */
    private record Row(String implementation, String what, double seconds, int points, String note) {
        double updatesPerSecond() {
            return points / seconds;
        }
    }

    @Override
    public Integer call() {
        if (repeats < 1) {
            throw new IllegalArgumentException("--repeats must be >= 1, got " + repeats);
        }
        int workers = threads == null ? Parallel.defaultThreads() : Parallel.check(threads);
        TorusGrid g = new TorusGrid(3, grid);
        List<Row> rows = new ArrayList<>();
        rows.add(jetsRow(g, workers));
        rows.add(velocityRow(g, workers));
        List<QuinticExactBench.Result> exact = List.of();
        if (quintic) {
            if (quinticN < 100 || quinticN > 20_000) {
                throw new IllegalArgumentException("--quintic-n must be in [100, 20000], got " + quinticN);
            }
            rows.addAll(quinticRows(workers));
            exact = QuinticExactBench.run(quinticN, workers, peers.enabled() ? peers.directory() : null, !noEigh);
        }
        if (network) {
            rows.addAll(networkRows());
        }
        String peerNote = "";
        if (!peers.enabled()) {
            peerNote = "NumPy peer skipped (--no-peers)";
        } else {
            try {
                rows.addAll(numpy(g));
            } catch (PeerUnavailable e) {
                peers.skipped(e.getMessage());
                peerNote = "NumPy peer skipped: " + e.getMessage();
            }
        }
        print(rows, peerNote, workers);
        printExact(exact);
        return 0;
    }

    private Row jetsRow(TorusGrid g, int workers) {
        JetSpace space = new JetSpace(3, 2, JetSpace.metricComponents(3));
        SpectralJets jets = new SpectralJets(g, space, workers);
        double[] fields = initial(g);
        double[] out = new double[g.points() * space.size()];
        double s = median(() -> jets.jets(fields, out));
        return new Row("metricflow", "spectral jets of g_ij to order 2", s, g.points(), workers + " threads");
    }

    private Row velocityRow(TorusGrid g, int workers) {
        FlowDefinition definition = ClassicalFlows.load().definition(NamedFlow.RICCI, 3);
        LocalFlow flow = new LocalFlow(definition, g, workers);
        double[] y = initial(g);
        double[] v = new double[y.length];
        double s = median(() -> flow.velocity(0, y, v));
        return new Row("metricflow", "jets + generated Ricci velocity -2Ric", s, g.points(), workers + " threads");
    }

    /**
     * One step of the quintic kernel flow per kernel and size: the median of 3 timed steps after one warm-up step;
     * points/s = N per step time. The note adds the process CPU seconds per step (robust when other processes share
     * the cores) and how the frozen kernel is stored.
     */
    private static List<Row> quinticRows(int workers) {
        ProjectiveHypersurface x = ProjectiveHypersurface.fermatQuintic();
        PointSample test = new LineIntersectionSampler(x, SamplerOptions.defaults().withSeed(2)).sample(100);
        PointSample all = new LineIntersectionSampler(x, SamplerOptions.defaults().withSeed(1)).sample(100_000);
        List<Row> rows = new ArrayList<>();
        Object[][] cases = {{QuinticKernel.RELU, 2500}, {QuinticKernel.GAUSSIAN, 2500}, {QuinticKernel.DELTA, 2500},
            {QuinticKernel.GAUSSIAN, 20_000}, {QuinticKernel.RELU, 20_000}, {QuinticKernel.DELTA, 20_000},
            {QuinticKernel.DELTA, 100_000}};
        for (Object[] c : cases) {
            QuinticKernel k = (QuinticKernel) c[0];
            int n = (Integer) c[1];
            QuinticFlowOptions o = QuinticFlowOptions.table1(k).withLearningRate(1e-3)
                    .withPositivity(PositivityPolicy.CLIP);
            QuinticKernelFlow flow = new QuinticKernelFlow(all.head(n), test, o, workers);
            // the ReLU NTK at 20,000 points is matrix-free (a dense matrix would take 3 GiB): ~30 s per step, so one
            // timed step after the JIT warm-up of the 2,500-point case
            boolean slow = k == QuinticKernel.RELU && n > 10_000;
            if (!slow) {
                flow.run(1, null);
            }
            double[] timing = wallAndCpu(() -> flow.run(1, null), slow ? 1 : 3);
            double s = timing[0];
            FlowOperators ops = flow.operators();
            rows.add(new Row("metricflow", "quintic flow step, " + k.name().toLowerCase(Locale.ROOT) + " kernel, N="
                    + flow.trainingSample().size(), s, flow.trainingSample().size(),
                    String.format(Locale.ROOT, "%.3g steps/s, %.3g cpu-s/step, %s%s%s", 1 / s, timing[1],
                            ops.storage().label(), ops.clusters() > 1 ? ", " + ops.clusters() + " clusters" : "", slow ? ", 1 step" : "")));
        }
        return rows;
    }

    /** Medians over {@code repeats} runs of {wall seconds, process CPU seconds}. */
    private static double[] wallAndCpu(Runnable step, int repeats) {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double[] wall = new double[repeats];
        double[] cpu = new double[repeats];
        for (int r = 0; r < repeats; r++) {
            long c0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            step.run();
            wall[r] = (System.nanoTime() - t0) * 1e-9;
            cpu[r] = (os.getProcessCpuTime() - c0) * 1e-9;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        return new double[] {wall[repeats / 2], cpu[repeats / 2]};
    }

    /**
     * One step of the Perelman network flow (flow network --of perelman) on T² 32², N = 8,192, σ = 0.2, plain and
     * natural update: median of 3 timed steps after one warm-up step, with process CPU seconds per step.
     */
    private static List<Row> networkRows() {
        var catalogue = ClassicalFlows.load();
        FlowDefinition definition = catalogue.definition(NamedFlow.PERELMAN, 2);
        var loss = catalogue.loss(NamedFlow.PERELMAN, 2);
        InitialFields initial = InitialFields.flat(definition).with("g11", x -> 1 + 0.2 * Math.cos(x[0]))
                .with("g12", x -> 0.05 * Math.cos(x[1])).with("g22", x -> 1 + 0.1 * Math.sin(x[0] + x[1]))
                .with("phi", x -> 0.1 * Math.cos(x[0] + x[1]));
        SampledNetwork net = NetworkFamilySource.load(definition.jets(), initial).sample(8192, 0.2, 1);
        TorusGrid g = new TorusGrid(2, 32);
        List<Row> rows = new ArrayList<>();
        for (String update : List.of("plain", "natural")) {
            var kernel = update.equals("natural") ? catalogue.naturalKernel(NamedFlow.PERELMAN, 2) : null;
            NetworkFlow flow = new NetworkFlow(net.model(), definition, loss, g, kernel);
            double[] theta = net.parameters();
            double[] out = new double[flow.stateDimension()];
            flow.velocity(0, theta, out);
            double[] timing = wallAndCpu(() -> flow.velocity(0, theta, out), 3);
            rows.add(new Row("metricflow", "Perelman network step, " + update + " update, T^2 32^2, N=8192", timing[0],
                    g.points(), String.format(Locale.ROOT, "%.3g cpu-s/step", timing[1])));
        }
        return rows;
    }

    /** g11 = 1 + 0.1 cos x, g12 = 0.05 sin y, g22 = 1 + 0.1 sin z, g23 = 0.02 cos(x + z), g33 = 1 + 0.05 cos y. */
    private static double[] initial(TorusGrid g) {
        return InitialFields.flat(ClassicalFlows.load().definition(NamedFlow.RICCI, 3))
                .with("g11", x -> 1 + 0.1 * Math.cos(x[0]))
                .with("g12", x -> 0.05 * Math.sin(x[1]))
                .with("g22", x -> 1 + 0.1 * Math.sin(x[2]))
                .with("g23", x -> 0.02 * Math.cos(x[0] + x[2]))
                .with("g33", x -> 1 + 0.05 * Math.cos(x[1]))
                .sample(g);
    }

    private double median(Runnable work) {
        for (int i = 0; i < 3; i++) {
            work.run();
        }
        double[] t = new double[repeats];
        for (int i = 0; i < repeats; i++) {
            long t0 = System.nanoTime();
            work.run();
            t[i] = (System.nanoTime() - t0) * 1e-9;
        }
        Arrays.sort(t);
        return t[repeats / 2];
    }

    /** Thrown when the NumPy peer cannot run. */
    private static final class PeerUnavailable extends Exception {
        private static final long serialVersionUID = 1L;

        PeerUnavailable(String message) {
            super(message, null, false, false);
        }
    }

    private List<Row> numpy(TorusGrid g) throws PeerUnavailable {
        PythonPeer.Run run = peers.peer(Duration.ofMinutes(10)).run("ricci3d_numpy.py", String.valueOf(g.size()),
                String.valueOf(repeats));
        if (!run.succeeded()) {
            throw new PeerUnavailable(run.failure());
        }
        try {
            List<Row> rows = new ArrayList<>();
            ObjectMapper mapper = new ObjectMapper();
            for (String line : run.output().lines().filter(l -> l.startsWith("{")).toList()) {
                JsonNode n = mapper.readTree(line);
                String what = n.get("what").asText().equals("jets") ? "spectral jets of g_ij to order 2 (rfftn)"
                        : "jets + Ricci velocity -2Ric (einsum)";
                rows.add(new Row("NumPy", what, n.get("seconds").asDouble(), n.get("points").asInt(), ""));
            }
            return rows;
        } catch (IOException e) {
            throw new PeerUnavailable("could not read its output (" + e.getMessage() + ")");
        }
    }

    /** The closed-form rows and the speed ratio (NumPy kernel + solve time / metricflow flow time). */
    private void printExact(List<QuinticExactBench.Result> exact) {
        if (exact.isEmpty()) {
            return;
        }
        double ratio = exact.size() > 1 && Double.isFinite(exact.get(1).seconds())
                ? exact.get(1).seconds() / exact.get(0).seconds() : Double.NaN;
        if (common.json()) {
            ObjectNode root = Json.object();
            var array = root.putArray("quintic_exact");
            for (QuinticExactBench.Result r : exact) {
                ObjectNode o = array.addObject();
                o.put("what", r.what());
                Json.putNumber(o, "seconds", r.seconds());
                Json.putNumber(o, "cpu_seconds", r.cpuSeconds());
                o.put("note", r.note());
            }
            Json.putNumber(root, "speed_ratio_vs_numpy_solve", ratio);
            common.out().println(Json.write(root));
            return;
        }
        var out = common.out();
        out.println("Frozen-kernel flow on the quintic to t = inf (wall and CPU seconds; the machine may be shared)");
        for (QuinticExactBench.Result r : exact) {
            out.printf(Locale.ROOT, "  %-62s %9.2f s %9.2f cpu-s  %s%n", r.what(), r.seconds(), r.cpuSeconds(),
                    r.note());
        }
        if (!Double.isNaN(ratio)) {
            out.printf(Locale.ROOT, "  metricflow / NumPy (kernel + solve) speed ratio %.2fx (target: flow <= 120 s)%n",
                    ratio);
        }
    }

    private void print(List<Row> rows, String peerNote, int workers) {
        Row jets = rows.get(0);
        Row velocity = rows.get(1);
        Optional<Row> npJets = rows.stream().filter(r -> r.implementation().equals("NumPy")
                && r.what().startsWith("spectral")).findFirst();
        Optional<Row> npRicci = rows.stream().filter(r -> r.implementation().equals("NumPy")
                && r.what().startsWith("jets +")).findFirst();
        double jetsRatio = npJets.map(r -> r.seconds() / jets.seconds()).orElse(Double.NaN);
        double velocityRatio = npRicci.map(r -> r.seconds() / velocity.seconds()).orElse(Double.NaN);
        if (common.json()) {
            ObjectNode root = Json.object();
            root.put("grid", grid);
            root.put("threads", workers);
            var array = root.putArray("rows");
            for (Row r : rows) {
                ObjectNode o = array.addObject();
                o.put("implementation", r.implementation());
                o.put("what", r.what());
                Json.putNumber(o, "seconds", r.seconds());
                Json.putNumber(o, "updates_per_second", r.updatesPerSecond());
                o.put("note", r.note());
            }
            Json.putNumber(root, "jets_speedup_vs_numpy", jetsRatio);
            Json.putNumber(root, "velocity_speedup_vs_numpy", velocityRatio);
            root.put("peer", peerNote);
            common.out().println(Json.write(root));
            return;
        }
        var out = common.out();
        out.printf("3D Ricci flow velocity on a %d^3 grid (%d points), median of %d%n", grid, grid * grid * grid,
                repeats);
        out.printf("%-11s %-48s %12s %16s  %s%n", "impl", "what", "ms/eval", "updates/s", "note");
        for (Row r : rows) {
            out.printf("%-11s %-48s %12.2f %16.3e  %s%n", r.implementation(), r.what(), 1e3 * r.seconds(),
                    r.updatesPerSecond(), r.note());
        }
        if (!peerNote.isEmpty()) {
            out.println(peerNote);
        }
        if (!Double.isNaN(jetsRatio)) {
            out.printf("spectral jets: metricflow / NumPy speed ratio %.2fx%n", jetsRatio);
        }
        if (!Double.isNaN(velocityRatio)) {
            out.printf("Ricci velocity: metricflow / NumPy speed ratio %.2fx (target >= 3x)%n", velocityRatio);
        }
    }
}
