package org.metricflow.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import org.metricflow.flows.Flow;
import org.metricflow.flows.FlowDefinition;
import org.metricflow.flows.InitialFields;
import org.metricflow.flows.analysis.StiffnessEstimate;
import org.metricflow.symbolic.functionals.NamedFlow;
import org.metricflow.flows.classic.ClassicalFlows;
import org.metricflow.flows.grid.TorusGrid;
import org.metricflow.flows.kernel.KernelFlow;
import org.metricflow.flows.local.LocalFlow;
import org.metricflow.flows.network.CosineNetworkFamily;
import org.metricflow.flows.network.FourierFields;
import org.metricflow.flows.network.LocalityCheck;
import org.metricflow.flows.network.LocalityStudy;
import org.metricflow.flows.network.NetworkFamily;
import org.metricflow.flows.network.NetworkFamilySource;
import org.metricflow.flows.network.NetworkFlow;
import org.metricflow.flows.network.SampledNetwork;
import org.metricflow.flows.network.VelocityComparison;
import org.metricflow.flows.time.Checkpoint;
import org.metricflow.flows.time.FlowResult;
import org.metricflow.flows.time.FlowRunner;
import org.metricflow.flows.time.IntegrationOptions;
import org.metricflow.flows.time.Stepper;
import org.metricflow.numeric.nn.TrainedLayers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code metricflow flow}: metric flows on flat tori (the quintic is the subcommand {@code quintic}). */
@Command(name = "flow", mixinStandardHelpOptions = true,
        description = {"Run metric flows on flat tori T^d and complex tori C^n/L (and, with 'quintic', on the Fermat "
                + "quintic).",
                "FLOW: a flow of the catalogue below (a local flow from generated code), kernel (the --of flow smeared "
                        + "by a Gaussian of width --sigma), network (gradient descent on cosine networks of width "
                        + "--width; lists of --width/--sigma run the locality study)."},
        subcommands = {FlowQuinticCommand.class})
final class FlowCommand implements Callable<Integer> {

    /** Most fixed or network steps a run may take (a step costs at least one velocity evaluation on the grid). */
    static final long MAX_STEPS = 10_000_000L;

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FLOW", description = "The flow (see above).")
    String kindName;

    /** {@link #kindName} parsed once, in {@link #call()}. */
    private FlowKind kind;

    @Option(names = "--torus", paramLabel = "D", defaultValue = "2",
            description = "Real dimension d of the torus: 1-3 for real flows, 2 or 4 (C or C^2) for Kahler flows.")
    int torus;

    @Option(names = "--grid", paramLabel = "N", defaultValue = "16", description = "Points per axis: a power of two >= 4.")
    int grid;

    @Option(names = "--init", paramLabel = "NAME=EXPR; ...", defaultValue = "",
            description = "Initial fields 'name=expr; ...' (g11.., phi, or u for g = e^{2u} delta); coordinates x, y, z "
                    + "(C^2: x1, x2, y1, y2). Default: flat.")
    String init;

    @Option(names = "--t", paramLabel = "T", defaultValue = "1", description = "Final flow time T > 0.")
    double time;

    @Option(names = "--sigma", paramLabel = "SIGMA", split = ",", defaultValue = "0.3",
            description = "Kernel width(s) sigma > 0 (kernel, network).")
    double[] sigmas;

    @Option(names = "--width", paramLabel = "N", split = ",", defaultValue = "256", description = "Network width(s) N >= 1 (network).")
    int[] widths;

    @Option(names = "--of", paramLabel = "FLOW", defaultValue = "perelman",
            description = "The local flow a kernel or network flow realises (default perelman, eq. (2.42)).")
    String of;

    @Option(names = "--stepper", paramLabel = "STEPPER", defaultValue = "dp853",
            description = "dp853, dp54 (adaptive), rk4, euler (fixed step; network flows always use euler).")
    String stepper;

    @Option(names = "--step", paramLabel = "H", defaultValue = "0",
            description = "Step h in flow time (the time view: a run takes --t/h steps): the fixed step of rk4/euler, "
                    + "the learning rate of network flows (default 1e-3), or the first adaptive step (0: automatic).")
    double step;

    @Option(names = "--tol", paramLabel = "TOL", defaultValue = "1e-9", description = "Tolerance of the adaptive steppers.")
    double tolerance;

    @Option(names = "--checkpoint", paramLabel = "FILE", description = "Write checkpoints to this file (atomically).")
    Path checkpoint;

    @Option(names = "--checkpoint-every", paramLabel = "DT", description = "Checkpoint interval (default T/10).")
    Double checkpointEvery;

    @Option(names = "--resume", paramLabel = "FILE", description = "Continue from this checkpoint (same options, larger or equal --t).")
    Path resume;

    @Option(names = "--plot", paramLabel = "DIR", description = "Write PNG plots to this directory.")
    Path plot;

    @Option(names = "--draws", paramLabel = "K", defaultValue = "2", description = "Networks per (width, sigma) in the study.")
    int draws;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed of the network draws.")
    long seed;

    @Option(names = "--trained", paramLabel = "LAYERS", defaultValue = "last",
            description = "Network parameters trained: last (readout, eq. (2.33)) or all (readout and phases; the "
                    + "integer frequencies stay fixed).")
    String trained;

    @Option(names = "--update", defaultValue = "plain", paramLabel = "RULE",
            description = "Network update: plain (gradient descent on theta) or natural (the functional gradient "
                    + "preconditioned by the generated natural kernel K before the vector-Jacobian product; "
                    + "perelman only: realises (2.40)). Default: ${DEFAULT-VALUE}.")
    String update;

    @Override
    public Integer call() {
        if (kindName == null) {
            throw new IllegalArgumentException("'flow' needs a flow: one of " + FlowKind.ids()
                    + " or the subcommand quintic");
        }
        kind = FlowKind.parse(kindName);
        Setup s = setup();
        Map<String, Object> summary = kind == FlowKind.NETWORK ? network(s) : local(s);
        print(summary);
        return summary.containsKey("stop") ? common.stopped((String) summary.get("stop")) : 0;
    }

    /** Everything validated before any work. */
    private record Setup(NamedFlow base, FlowDefinition definition, TorusGrid grid, InitialFields initial,
                         IntegrationOptions options) {
    }

    private Setup setup() {
        rejectInapplicableOptions();
        NamedFlow base = NamedFlow.fromId(kind.smeared() ? of : kindName);
        base.checkDimension(torus);
        TorusGrid g = new TorusGrid(torus, grid);
        if (!(time > 0) || Double.isInfinite(time)) {
            throw new IllegalArgumentException("--t must be > 0 and finite, got " + time);
        }
        for (double s : sigmas) {
            if (!(s > 0) || Double.isInfinite(s)) {
                throw new IllegalArgumentException("--sigma must be > 0 and finite, got " + s);
            }
        }
        for (int w : widths) {
            if (w < 1) {
                throw new IllegalArgumentException("--width must be >= 1, got " + w);
            }
        }
        if (kind == FlowKind.KERNEL && sigmas.length != 1) {
            throw new IllegalArgumentException("kernel flow takes one --sigma, got " + Arrays.toString(sigmas));
        }
        if (draws < 1) {
            throw new IllegalArgumentException("--draws must be >= 1, got " + draws);
        }
        if (!(tolerance > 0)) {
            throw new IllegalArgumentException("--tol must be > 0, got " + tolerance);
        }
        OutputPaths.requireWritableFile(checkpoint != null ? checkpoint : resume, checkpoint != null ? "--checkpoint" : "--resume");
        OutputPaths.requireWritableDirectory(plot, "--plot");
        Checkpoint start = resume == null ? null : Checkpoint.read(resume);
        Progress.note(common, "metricflow flow: deriving and compiling the " + base.id()
                + " flow (seconds on first use)...");
        FlowDefinition definition;
        try {
            definition = ClassicalFlows.load().definition(base, torus);
        } catch (IllegalStateException e) {
            throw new IllegalArgumentException("flow '" + base.id() + "' is not available in this build: "
                    + e.getMessage());
        }
        InitialFields initial = InitSpec.parse(init, definition, base.kahler());
        IntegrationOptions options = options(kind == FlowKind.NETWORK);
        if (start != null && !(time > start.time())) {
            throw new IllegalArgumentException("--t must be after the checkpoint time " + start.time() + ", got "
                    + time);
        }
        return new Setup(base, definition, g, initial, options);
    }

    /** Options that only some flows read are refused elsewhere, naming the option and the flow. */
    private void rejectInapplicableOptions() {
        var parsed = spec.commandLine().getParseResult();
        List<String> inapplicable = new ArrayList<>();
        if (!kind.smeared()) {
            for (String o : List.of("--sigma", "--of")) {
                if (parsed.hasMatchedOption(o)) {
                    inapplicable.add(o);
                }
            }
        }
        if (kind != FlowKind.NETWORK) {
            for (String o : List.of("--width", "--draws", "--seed", "--trained")) {
                if (parsed.hasMatchedOption(o)) {
                    inapplicable.add(o);
                }
            }
        } else {
            for (String o : List.of("--stepper", "--tol")) {
                if (parsed.hasMatchedOption(o)) {
                    inapplicable.add(o);
                }
            }
        }
        if (!inapplicable.isEmpty()) {
            throw new IllegalArgumentException(String.join(", ", inapplicable) + (inapplicable.size() == 1 ? " does"
                    : " do") + " not apply to the " + kindName + " flow"
                    + (kind == FlowKind.NETWORK ? " (network flows are gradient descent: Euler steps of size --step)"
                    : kind.smeared() ? "" : " (--sigma and --of: kernel and network flows; --width, --draws, --seed,"
                    + " --trained: network flows)"));
        }
    }

    private IntegrationOptions options(boolean gradientDescent) {
        Stepper st = gradientDescent ? Stepper.EULER : switch (stepper) {
            case "dp853" -> Stepper.DORMAND_PRINCE_853;
            case "dp54" -> Stepper.DORMAND_PRINCE_54;
            case "rk4" -> Stepper.CLASSICAL_RUNGE_KUTTA;
            case "euler" -> Stepper.EULER;
            default -> throw new IllegalArgumentException("--stepper must be dp853, dp54, rk4 or euler, got '"
                    + stepper + "'");
        };
        if (!(step >= 0)) {
            throw new IllegalArgumentException("--step must be >= 0, got " + step);
        }
        IntegrationOptions o;
        if (st.adaptive()) {
            o = IntegrationOptions.adaptive(tolerance);
        } else {
            double h = step > 0 ? step : gradientDescent ? 1e-3 : Double.NaN;
            if (Double.isNaN(h)) {
                throw new IllegalArgumentException("--stepper " + stepper + " needs --step > 0");
            }
            double steps = Math.ceil(time / h);
            if (steps > MAX_STEPS) {
                throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, "--t %s with --step %s "
                        + "would take %.3g steps, more than the limit %,d: use a larger --step or an adaptive "
                        + "--stepper", time, h, steps, MAX_STEPS));
            }
            o = IntegrationOptions.fixedStep(st, h);
        }
        Path file = checkpoint != null ? checkpoint : resume;
        if (file != null) {
            double every = checkpointEvery != null ? checkpointEvery : time / 10;
            if (!(every > 0)) {
                throw new IllegalArgumentException("--checkpoint-every must be > 0, got " + every);
            }
            o = o.withCheckpoints(file, every);
        }
        return o;
    }

    private Map<String, Object> local(Setup s) {
        LocalFlow local = new LocalFlow(s.definition(), s.grid());
        Flow flow = kind == FlowKind.KERNEL ? new KernelFlow(local, sigmas[0]) : local;
        double[] y0 = s.initial().sample(s.grid());
        FlowRunner runner = new FlowRunner(s.options());
        runner.validate(flow, y0);
        // a fixed seed: the cap enters the checkpoint fingerprint, so it must not depend on --seed
        runner = new FlowRunner(s.options().withStabilityCap(StiffnessEstimate.spectralRadius(flow, y0, 30, 1)));
        Map<String, Object> summary = header(s);
        if (kind == FlowKind.KERNEL) {
            summary.put("sigma", sigmas[0]);
        }
        integrate(runner, flow, y0, summary);
        return summary;
    }

    /** Runs (or resumes) the flow with monitors and a progress bar; puts the summary entries; returns the result. */
    private FlowResult integrate(FlowRunner runner, Flow flow, double[] y0, Map<String, Object> summary) {
        FlowMonitor monitor = new FlowMonitor(flow, 1);
        Flow labelled = new LabelledFlow(flow, runOptions());
        Checkpoint start = resume == null ? null : Checkpoint.read(resume);
        if (start != null && !start.fingerprint().equals(runner.fingerprint(labelled))) {
            List<String> diff = LabelledFlow.differences(start.fingerprint(), runner.fingerprint(labelled));
            throw new IllegalArgumentException("checkpoint " + resume + " was written by another run: "
                    + (diff.isEmpty() ? "it has '" + start.fingerprint() + "', this run is '"
                    + runner.fingerprint(labelled) + "'" : String.join("; ", diff)));
        }
        FlowResult result;
        try (ProgressBar bar = progressBar()) {
            FlowRunner observed = runner.withObserver(monitor);
            if (bar != null) {
                observed = observed.withObserver(snap -> bar.stepTo(Math.round(1000 * snap.time() / time)));
            }
            result = start != null ? observed.resume(labelled, start, time) : observed.run(labelled, y0, time);
        }
        var last = monitor.finish(result.time(), result.steps(), result.state());
        var first = monitor.samples().get(0);
        summary.put("status", result.status().toString().toLowerCase(java.util.Locale.ROOT));
        summary.put("time", result.time());
        summary.put("steps", result.steps());
        summary.put("evaluations", result.evaluations());
        summary.put("max_abs_u", last.maxAbsU());
        summary.put("min_eigenvalue", last.minEigenvalue());
        summary.put("volume", last.volume());
        summary.put("volume_change", last.volume() / first.volume() - 1);
        if (!Double.isNaN(last.entropy())) {
            summary.put("entropy", last.entropy());
            summary.put("entropy_change", last.entropy() - first.entropy());
        }
        result.stop().ifPresent(r -> summary.put("stop", r.message()));
        if (result.checkpoints() > 0) {
            summary.put("checkpoint", s(runner.options().checkpointFile().orElseThrow()));
        }
        if (plot != null) {
            summary.put("plots", FlowPlots.run(plot, monitor.samples(), flow.grid(),
                    monitor.conformalFactor(result.state())).stream().map(FlowCommand::s).toList());
        }
        return result;
    }

    /** The options that define a run beyond the flow object, recorded in its checkpoints. */
    private Map<String, String> runOptions() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("init", init.isBlank() ? "flat" : init);
        if (kind.smeared()) {
            m.put("sigma", Arrays.toString(sigmas));
        }
        if (kind == FlowKind.NETWORK) {
            m.put("width", Arrays.toString(widths));
            m.put("seed", Long.toString(seed));
            m.put("trained", trained);
        }
        return m;
    }

    private Map<String, Object> network(Setup s) {
        FlowDefinition definition = s.definition();
        org.metricflow.symbolic.codegen.CompiledFunction loss;
        org.metricflow.symbolic.codegen.CompiledFunction kernel;
        NetworkFamily family;
        try {
            kernel = switch (update) {
                case "plain" -> null;
                case "natural" -> {
                    if (s.base() != NamedFlow.PERELMAN) {
                        throw new IllegalArgumentException("--update natural needs --of perelman (the natural kernel "
                                + "of (2.40)), got --of " + s.base().id());
                    }
                    yield ClassicalFlows.load().naturalKernel(s.base(), torus);
                }
                default -> throw new IllegalArgumentException("--update must be plain or natural, got '" + update
                        + "'");
            };
            loss = ClassicalFlows.load().loss(s.base(), torus);
            family = switch (trained) {
                case "last" -> NetworkFamilySource.load(definition.jets(), s.initial());
                case "all" -> new CosineNetworkFamily(FourierFields.interpolate(s.initial(), definition.jets()),
                        TrainedLayers.ALL);
                default -> throw new IllegalArgumentException("--trained must be last or all, got '" + trained
                        + "'");
            };
        } catch (IllegalStateException e) {
            throw new IllegalArgumentException("network flows are not available in this build: " + e.getMessage());
        }
        Map<String, Object> summary = header(s);
        if (widths.length > 1 || sigmas.length > 1) {
            return study(family, definition, loss, kernel, s.grid(), summary);
        }
        SampledNetwork net = family.sample(widths[0], sigmas[0], seed);
        NetworkFlow flow = new NetworkFlow(net.model(), definition, loss, s.grid(), kernel);
        double[] theta = net.parameters();
        new FlowRunner(s.options()).validate(flow, theta);
        var check = new LocalityCheck(flow, sigmas[0]);
        VelocityComparison before = check.compare(theta);
        summary.put("width", widths[0]);
        summary.put("sigma", sigmas[0]);
        summary.put("trained", trained);
        summary.put("update", update);
        summary.put("parameters", flow.stateDimension());
        summary.put("learning_rate", s.options().step());
        summary.put("loss_start", flow.loss(theta));
        FlowResult result = integrate(new FlowRunner(s.options()), flow, theta, summary);
        summary.put("loss_end", flow.loss(result.state()));
        summary.put("error_vs_local", before.errorVsLocal());
        summary.put("error_vs_kernel", before.errorVsKernel());
        summary.put("kernel_vs_local", before.kernelVsLocal());
        summary.put("error_vs_flow", before.errorVsFlow());
        summary.put("local_vs_flow", before.localVsFlow());
        return summary;
    }

    private Map<String, Object> study(NetworkFamily family, FlowDefinition definition,
                                      org.metricflow.symbolic.codegen.CompiledFunction loss,
                                      org.metricflow.symbolic.codegen.CompiledFunction kernel, TorusGrid g,
                                      Map<String, Object> summary) {
        if (widths.length < 2 || sigmas.length < 2) {
            throw new IllegalArgumentException("the locality study needs >= 2 widths and >= 2 sigmas, got --width "
                    + Arrays.toString(widths) + " --sigma " + Arrays.toString(sigmas));
        }
        summary.put("update", update);
        var result = LocalityStudy.run(family, definition, loss, kernel, g, widths, sigmas, draws, seed);
        List<Map<String, Object>> cells = new ArrayList<>();
        for (var c : result.cells()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("width", c.width());
            m.put("sigma", c.sigma());
            m.put("error_vs_local", c.errorVsLocal());
            m.put("error_vs_kernel", c.errorVsKernel());
            m.put("kernel_vs_local", c.kernelVsLocal());
            m.put("error_vs_flow", c.errorVsFlow());
            m.put("local_vs_flow", c.localVsFlow());
            cells.add(m);
        }
        summary.put("cells", cells);
        summary.put("width_exponents", result.widthFits().stream().map(f -> f.slope()).toList());
        summary.put("sigma_exponent", result.sigmaFit().slope());
        summary.put("crossover_widths", Arrays.stream(result.crossovers()).boxed().toList());
        if (plot != null) {
            summary.put("plots", FlowPlots.study(plot, result, widths, sigmas).stream().map(FlowCommand::s).toList());
        }
        return summary;
    }

    private Map<String, Object> header(Setup s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("flow", kindName);
        if (kind.smeared()) {
            m.put("of", s.base().id());
        }
        m.put("equation", s.base().equation());
        m.put("torus", torus);
        m.put("grid", grid);
        return m;
    }

    private ProgressBar progressBar() {
        return Progress.bar(common, "flow " + kindName, 1000);
    }

    private void print(Map<String, Object> summary) {
        if (common.json()) {
            common.out().println(Json.write(toJson(summary)));
            return;
        }
        for (var e : summary.entrySet()) {
            if (e.getValue() instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map<?, ?>) {
                common.out().println(e.getKey() + ":");
                for (Object row : list) {
                    common.out().println("  " + row);
                }
            } else {
                common.out().printf("%-16s %s%n", e.getKey(), e.getValue());
            }
        }
    }

    private static ObjectNode toJson(Map<String, Object> map) {
        ObjectNode node = Json.object();
        for (var e : map.entrySet()) {
            Object v = e.getValue();
            if (v instanceof Double d) {
                Json.putNumber(node, e.getKey(), d);
            } else if (v instanceof Number n) {
                node.put(e.getKey(), n.longValue());
            } else if (v instanceof List<?> list) {
                var array = node.putArray(e.getKey());
                for (Object o : list) {
                    if (o instanceof Map<?, ?> m) {
                        @SuppressWarnings("unchecked")
                        Map<String, Object> row = (Map<String, Object>) m;
                        array.add(toJson(row));
                    } else if (o instanceof Double d) {
                        array.add(Double.isFinite(d) ? d : null);
                    } else {
                        array.add(String.valueOf(o));
                    }
                }
            } else {
                node.put(e.getKey(), String.valueOf(v));
            }
        }
        return node;
    }

    private static String s(Path p) {
        return p.toString();
    }
}
