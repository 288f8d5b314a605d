package org.metricflow.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import org.metricflow.flows.quintic.GradientForm;
import org.metricflow.flows.quintic.OperatorOptions;
import org.metricflow.flows.quintic.PositivityPolicy;
import org.metricflow.flows.quintic.QuinticFlowOptions;
import org.metricflow.flows.quintic.QuinticFlowResult;
import org.metricflow.flows.quintic.QuinticKernel;
import org.metricflow.flows.quintic.QuinticKernelFlow;
import org.metricflow.flows.quintic.SigmaLoss;
import org.metricflow.flows.quintic.StepRecord;
import org.metricflow.flows.quintic.tune.TuneOptions;
import org.metricflow.numeric.kernel.DistanceProfile;
import org.metricflow.numeric.manifold.ProjectiveHypersurface;
import org.metricflow.numeric.metric.MonteCarloEstimate;
import org.metricflow.numeric.sampling.LineIntersectionSampler;
import org.metricflow.numeric.sample.PointSample;
import org.metricflow.numeric.sampling.SamplerOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code metricflow flow quintic}: the discrete kernel metric flow of §3 on the Fermat quintic. */
@Command(name = "quintic", mixinStandardHelpOptions = true,
        description = "Discrete kernel metric flow on the Fermat quintic (paper section 3): sigma before/after on "
                + "training and test points.")
final class FlowQuinticCommand implements Callable<Integer> {

    /** Largest sample the command draws per set (memory and time bound). */
    static final int MAX_POINTS = 1_000_000;

    @Mixin
    CommonOptions common;

    @Mixin
    QuinticStudyOptions studies;

    @Option(paramLabel = "KERNEL", names = "--kernel", defaultValue = "delta", description = "relu, gaussian or delta.")
    String kernel;

    @Option(paramLabel = "N", names = "--train", description = "Training points (default: Table 1, 2500 or 1000 for delta).")
    Integer train;

    @Option(paramLabel = "M", names = "--test", defaultValue = "1000", description = "Test points.")
    int test;

    @Option(paramLabel = "STEPS", names = "--steps", defaultValue = "20", description = "Flow steps.")
    int steps;

    @Option(paramLabel = "LR", names = "--lr", description = "Learning rate (default: Table 1).")
    Double lr;

    @Option(paramLabel = "SIGMA", names = "--sigma", description = "Gaussian kernel width (default 30, Table 1).")
    Double sigma;

    @Option(paramLabel = "PROFILE", names = "--profile", defaultValue = "printed",
            description = "Gaussian kernel profile: printed (eq. 3.5, exp(-d/(2 sigma))) or gaussian (exp(-d^2/(2 sigma^2))).")
    String profile;

    @Option(paramLabel = "LOSS", names = "--loss", defaultValue = "abs", description = "abs (|1-eta|, B.11) or squared ((eta-1)^2).")
    String loss;

    @Option(paramLabel = "FORM", names = "--gradient", defaultValue = "frame",
            description = "frame (g(x) times the kernel-smoothed eta(l'-m); a descent direction), natural (g grad g at "
                    + "the source point) or coordinate.")
    String gradient;

    @Option(paramLabel = "POLICY", names = "--positivity", defaultValue = "stop", description = "stop or clip.")
    String positivity;

    @Option(paramLabel = "S", names = "--seed", defaultValue = "1", description = "Seed (training sample; the test sample uses seed+1).")
    long seed;

    @Option(paramLabel = "C", names = "--clusters", description = "Block-diagonal kernel over C clusters (paper 3.1; 1 = exact). "
            + "Default: 1 up to 20,000 training points, ceil(N/5000) above.")
    Integer clusters;

    @Option(paramLabel = "BYTES", names = "--kernel-memory", description = "MiB for precomputed kernel matrices (beyond it the kernel is "
            + "recomputed matrix-free each step; 0 = always matrix-free). Default 1024, at most a third of the heap.")
    Integer kernelMemory;

    @Option(paramLabel = "FILE", names = "--checkpoint", description = "Write the state to this file (atomically) every "
            + "--checkpoint-every steps and at the end.")
    Path checkpoint;

    @Option(paramLabel = "STEPS", names = "--checkpoint-every", description = "Checkpoint interval in steps (default: steps/10).")
    Integer checkpointEvery;

    @Option(paramLabel = "FILE", names = "--resume", description = "Continue from this checkpoint (same options and seed; --steps is the "
            + "total).")
    Path resume;

    @Option(names = "--tune", description = "CMA-ES search over the kernel's hyperparameters on a validation sample "
            + "(seed+2), reporting train/validation/test gains of the start point and the best run. With --t auto: "
            + "the kernel parameters only, each run in closed form at its validation-chosen flow time.")
    boolean tune;

    @Option(paramLabel = "E", names = "--tune-evals", defaultValue = "30", description = "Flow runs the search may spend.")
    int tuneEvals;

    @Option(paramLabel = "V", names = "--validation", description = "Validation points for --tune and --t auto (default: as --test).")
    Integer validation;

    @Option(names = "--t", paramLabel = "T", description = "Flow time instead of --steps/--lr (squared loss, frame "
            + "gradient): a number > 0, inf, or auto (the time minimising sigma on a validation sample, seed+2). The "
            + "frozen-kernel flow linearised about eta = 1 is evaluated in closed form; t = sum of lr over steps.")
    String flowTime;

    @Option(paramLabel = "LAMBDA", names = "--ridge", defaultValue = "0", description = "With --t: ridge added to the eigenvalues of the "
            + "weighted kernel (t = inf: kernel ridge regression). Default ${DEFAULT-VALUE}.")
    double ridge;

    @Option(names = "--implicit", description = "With --t T: integrate the nonlinear flow to T in about --steps "
            + "implicit steps (sizes doubling; conjugate gradients on the kernel) instead of the closed form.")
    boolean implicit;

    @Option(paramLabel = "METHOD", names = "--spectrum", defaultValue = "auto", description = "With --t: eigen (dense eigendecomposition), "
            + "lanczos (matrix-free Krylov) or auto (eigen up to 2,500 training points). Default ${DEFAULT-VALUE}.")
    String spectrum;

    @Option(paramLabel = "K", names = "--lanczos-steps", defaultValue = "400", description = "With --t: Lanczos steps. Default "
            + "${DEFAULT-VALUE}.")
    int lanczosSteps;

    @Override
    public Integer call() {
        QuinticKernel k = parse(QuinticKernel.class, "--kernel", kernel);
        int n = train == null ? QuinticFlowOptions.table1TrainingPoints(k) : train;
        requireRange("--train", n, 1, MAX_POINTS);
        requireRange("--test", test, 1, MAX_POINTS);
        requireRange("--steps", steps, 0, 1_000_000);
        TuneOptions tuneOptions = tune ? new TuneOptions(tuneEvals, Math.max(1, steps), seed) : null;
        QuinticFlowOptions o = QuinticFlowOptions.table1(k)
                .withLoss(parse(SigmaLoss.class, "--loss", loss.equals("abs") ? "absolute" : loss))
                .withGradient(parse(GradientForm.class, "--gradient", gradient))
                .withPositivity(parse(PositivityPolicy.class, "--positivity", positivity))
                .withProfile(parse(DistanceProfile.class, "--profile",
                        profile.equals("printed") ? "printed_exponential" : profile));
        if (lr != null) {
            o = o.withLearningRate(lr);
        }
        if (sigma != null) {
            o = o.withSigma(sigma);
        }
        if (k == QuinticKernel.RELU && !studies.featureLearning()) {
            if (studies.sigmaW != null) {
                o = o.withSigmaW(studies.sigmaW);
            }
            if (studies.sigmaB != null) {
                o = o.withSigmaB(studies.sigmaB);
            }
        }
        if (studies.requested()) {
            return new QuinticStudies(studies, common).run(o, n, test, steps, seed);
        }
        studies.requireStudyForOptions(flowTime != null);
        if (flowTime != null) {
            if (tune && !flowTime.equalsIgnoreCase("auto")) {
                throw new IllegalArgumentException("--tune searches the flow time itself: use --t auto, got --t "
                        + flowTime);
            }
            QuinticFlowTime.parse(flowTime, ridge);
            QuinticFlowTime.method(spectrum, n);
            requireRange("--lanczos-steps", lanczosSteps, 1, 100_000);
        }
        ProjectiveHypersurface x = ProjectiveHypersurface.fermatQuintic();
        long t0 = System.nanoTime();
        var trainSample = new LineIntersectionSampler(x, SamplerOptions.defaults().withSeed(seed)).sample(n);
        var testSample = new LineIntersectionSampler(x, SamplerOptions.defaults().withSeed(seed + 1)).sample(test);
        int threads = Runtime.getRuntime().availableProcessors();
        OperatorOptions ops = OperatorOptions.defaults();
        if (kernelMemory != null) {
            ops = ops.withDenseBytes((long) requireRange("--kernel-memory", kernelMemory, 0, 1 << 30) << 20);
        }
        ops = ops.withClusters(clusters == null ? OperatorOptions.AUTO_CLUSTERS : requireRange("--clusters", clusters,
                        1, n));
        if (tune) {
            int v = validation == null ? test : requireRange("--validation", validation, 1, MAX_POINTS);
            var validationSample = new LineIntersectionSampler(x, SamplerOptions.defaults().withSeed(seed + 2))
                    .sample(v);
            ObjectNode tuned = QuinticTuning.run(common, trainSample, validationSample, testSample, o, ops,
                    tuneOptions, threads, flowTime != null);
            tuned.put("kernel", k.name().toLowerCase(Locale.ROOT));
            Json.putNumber(tuned, "seconds", (System.nanoTime() - t0) * 1e-9);
            if (common.json()) {
                common.out().println(Json.write(tuned));
            } else {
                QuinticTuning.print(common, tuned, k.name().toLowerCase(Locale.ROOT));
            }
            return 0;
        }
        QuinticKernelFlow flow = new QuinticKernelFlow(trainSample, testSample, o, ops, threads);
        if (flowTime != null) {
            return byFlowTime(flow, x, k, n, o, t0);
        }
        QuinticRun.Outcome outcome;
        try (ProgressBar bar = Progress.bar(common, "flow quintic", steps)) {
            outcome = QuinticRun.run(flow, steps, checkpoint,
                    checkpointEvery != null ? checkpointEvery : Math.max(1, steps / 10), resume, bar);
        }
        QuinticFlowResult r = outcome.result();
        ObjectNode root = header(flow, k, n, r.state().step());
        if (outcome.resumedFrom() > 0) {
            root.put("resumed_from", outcome.resumedFrom());
        }
        if (outcome.checkpoint() != null) {
            root.put("checkpoint", outcome.checkpoint().toString());
        }
        Json.putNumber(root, "learning_rate", o.learningRate());
        switch (o.kernel()) {
            case GAUSSIAN -> Json.putNumber(root, "sigma", o.sigma());
            case RELU -> {
                Json.putNumber(root, "sigma_w", o.sigmaW());
                Json.putNumber(root, "sigma_b", o.sigmaB());
            }
            default -> { }
        }
        put(root, "sigma_train_before", r.sigmaTrainBefore());
        put(root, "sigma_train_after", r.sigmaTrainAfter());
        put(root, "sigma_test_before", r.sigmaTestBefore());
        put(root, "sigma_test_after", r.sigmaTestAfter());
        Json.putNumber(root, "gain_train", r.gainTrain());
        Json.putNumber(root, "gain_test", r.gainTest());
        root.put("clipped", r.clippedTotal());
        root.put("status", r.stopReason() == null ? "completed" : "stopped");
        if (r.stopReason() != null) {
            root.put("stop", r.stopReason());
        }
        ArrayNode h = root.putArray("history");
        for (StepRecord s : r.history()) {
            ObjectNode e = h.addObject();
            e.put("step", s.step());
            Json.putNumber(e, "sigma_train", s.sigmaTrain());
            Json.putNumber(e, "loss_before", s.lossTrain());
            e.put("clipped", s.clipped());
        }
        Json.putNumber(root, "seconds", (System.nanoTime() - t0) * 1e-9);
        print(root);
        return r.stopReason() == null ? 0 : common.stopped(r.stopReason());
    }

    private ObjectNode header(QuinticKernelFlow flow, QuinticKernel k, int n, int steps) {
        ObjectNode root = Json.object();
        root.put("kernel", k.name().toLowerCase(Locale.ROOT));
        root.put("train", flow.trainingSample().size());
        root.put("test", flow.testSample().size());
        root.put("left_out_train", n - flow.trainingSample().size());
        root.put("left_out_test", test - flow.testSample().size());
        root.put("chart", flow.chart().chart().toString());
        Json.putNumber(root, "worst_condition", flow.chart().worstCond());
        root.put("steps", steps);
        root.put("storage", flow.operators().storage().label());
        root.put("clusters", flow.operators().clusters());
        root.put("kernel_mib", flow.operators().bytes() >> 20);
        return root;
    }

    /** {@code --t}: the flow by flow time (closed form, or implicit steps). */
    private int byFlowTime(QuinticKernelFlow flow, ProjectiveHypersurface x, QuinticKernel k, int n,
                           QuinticFlowOptions o, long t0) {
        PointSample v = null;
        if (flowTime.equalsIgnoreCase("auto")) {
            v = new LineIntersectionSampler(x, SamplerOptions.defaults().withSeed(seed + 2))
                    .sample(validation == null ? test : requireRange("--validation", validation, 1, MAX_POINTS));
        }
        ObjectNode root = header(flow, k, n, 0);
        QuinticFlowTime.run(flow, v, new QuinticFlowTime.Settings(flowTime, ridge, implicit,
                Math.max(1, steps), spectrum, lanczosSteps, studies.plot), root);
        root.put("steps", flow.state().step());
        switch (o.kernel()) {
            case GAUSSIAN -> {
                Json.putNumber(root, "sigma", o.sigma());
                root.put("profile", o.profile().name().toLowerCase(Locale.ROOT));
            }
            case RELU -> {
                Json.putNumber(root, "sigma_w", o.sigmaW());
                Json.putNumber(root, "sigma_b", o.sigmaB());
            }
            default -> { }
        }
        Json.putNumber(root, "seconds", (System.nanoTime() - t0) * 1e-9);
        print(root);
        if (!common.json()) {
            common.out().printf(Locale.ROOT, "  %-19s %s (ridge %.3g, %s)%n", "flow time t", root.get("t").asText(),
                    ridge, root.get("spectrum").asText());
        }
        return root.has("stop") ? common.stopped(root.get("stop").asText()) : 0;
    }

    private void print(ObjectNode root) {
        if (common.json()) {
            common.out().println(Json.write(root));
            return;
        }
        var o = common.out();
        o.printf(Locale.ROOT, "%s kernel, %d training / %d test points in chart %s (worst condition %.3g), %d steps%n",
                root.get("kernel").asText(), root.get("train").asInt(), root.get("test").asInt(),
                root.get("chart").asText(), root.get("worst_condition").asDouble(), root.get("steps").asInt());
        o.printf(Locale.ROOT, "  kernel %s (%d MiB), %d cluster(s)%n", root.get("storage").asText(),
                root.get("kernel_mib").asLong(), root.get("clusters").asInt());
        for (String key : new String[] {"sigma_train_before", "sigma_train_after", "sigma_test_before",
                "sigma_test_after"}) {
            o.printf(Locale.ROOT, "  %-19s %.6g ± %.2g%n", key, root.get(key).asDouble(),
                    root.get(key + "_err").asDouble());
        }
        o.printf(Locale.ROOT, "  %-19s %.4g%n  %-19s %.4g%n", "gain_train", root.get("gain_train").asDouble(),
                "gain_test", root.get("gain_test").asDouble());
        if (root.has("stop")) {
            o.println("  stopped: " + root.get("stop").asText());
        }
    }

    private static void put(ObjectNode node, String key, MonteCarloEstimate e) {
        Json.putNumber(node, key, e.value());
        Json.putNumber(node, key + "_err", e.standardError());
    }

    private static int requireRange(String name, int v, int lo, int hi) {
        if (v < lo || v > hi) {
            throw new IllegalArgumentException(name + " must be in [" + lo + ", " + hi + "], got " + v);
        }
        return v;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String option, String text) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(text)) {
                return e;
            }
        }
        throw new IllegalArgumentException(option + " must be one of " + java.util.Arrays.toString(
                type.getEnumConstants()).toLowerCase(Locale.ROOT) + ", got '" + text + "'");
    }
}
