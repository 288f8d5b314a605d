package org.metricflow.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import org.metricflow.flows.cy.EpochOptions;
import org.metricflow.flows.cy.KahlerFlow;
import org.metricflow.flows.cy.PotentialFlow;
import org.metricflow.flows.time.Checkpoint;
import org.metricflow.numeric.kahler.AlgebraicMetric;
import org.metricflow.numeric.kahler.BalancedRun;
import org.metricflow.numeric.kahler.CpuTime;
import org.metricflow.numeric.kahler.MetricFile;
import org.metricflow.numeric.kahler.MonomialBasis;
import org.metricflow.numeric.kahler.PotentialMetric;
import org.metricflow.numeric.manifold.ProjectiveHypersurface;
import org.metricflow.numeric.metric.MongeAmpereEstimate;
import org.metricflow.numeric.sample.PointSample;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code metricflow cy train}: a potential flow on H (Monge–Ampère, Kähler–Ricci, Calabi) from the balanced metric. */
@Command(name = "train", mixinStandardHelpOptions = true, showDefaultValues = true,
        description = {"A flow of the potential K = ln(s^+ H s)/(k pi) (paper appendix B) on H, by Adam from "
                + "Donaldson's balanced metric: the Monge-Ampere flow (descent of sum w (eta - 1)^2), or the "
                + "Kahler-Ricci or Calabi flow projected on H; sigma on the training and on unseen points per "
                + "epoch, and at the end kappa, Vol_g, the mean |R| of the scalar curvature, CPU time."})
final class CyTrainCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Mixin
    CyOptions cy;

    @Mixin
    NetworkOptions network = new NetworkOptions();

    @Option(names = "--k", defaultValue = "4", paramLabel = "K", description = "Degree of the sections.")
    int k;

    @Option(names = "--points", defaultValue = "20000", paramLabel = "N", description = "Training points.")
    int points;

    @Option(names = "--balance-points", paramLabel = "N",
            description = "Points of the initial balancing (default: max(100000, 5 N_k^2)).")
    Integer balancePoints;

    @Option(names = "--iterations", defaultValue = "10", paramLabel = "I",
            description = "T-iterations of the initial balancing.")
    int iterations;

    @Option(names = "--flow", defaultValue = "monge-ampere", paramLabel = "F",
            description = "The potential flow: monge-ampere (sigma-loss descent), kahler-ricci "
                    + "(phi' = ln(det g/|Omega|^2)) or calabi (phi' = R - mean R), the last two projected on H "
                    + "(docs/cy-metrics.md).")
    String flowName;

    @Option(names = "--epochs", defaultValue = "30", paramLabel = "E", description = "Epochs (total, with --resume).")
    int epochs;

    @Option(names = "--batch", defaultValue = "2000", paramLabel = "B", description = "Points per Adam step.")
    int batch;

    @Option(names = "--learning-rate", defaultValue = "0.005", paramLabel = "LR",
            description = "Adam step size on the entries of B (H = F0^+ B^+ B F0).")
    double learningRate;

    @Option(names = "--decay", defaultValue = "0.93", paramLabel = "D",
            description = "Factor of the step size per epoch (1: constant).")
    double decay;

    @Option(names = "--test-every", defaultValue = "1", paramLabel = "E",
            description = "Evaluate sigma on the test points every E epochs (and at the end).")
    int testEvery;

    @Option(names = "--checkpoint", paramLabel = "FILE",
            description = "Write the flow state (H, Adam moments, steps: a runtime checkpoint) to this file "
                    + "(atomically) after every epoch.")
    Path checkpoint;

    @Option(names = "--resume", paramLabel = "FILE",
            description = "Continue from this checkpoint: the balanced start is recomputed and must match, as must "
                    + "--flow, --batch, --learning-rate, --decay, --seed, --threads and the points; the result is "
                    + "bit-identical to the uninterrupted run.")
    Path resume;

    @Option(names = "--out", paramLabel = "FILE.npz", description = "Write the trained metric at the test points.")
    Path out;

    @Option(names = "--plot", paramLabel = "DIR", description = "Write DIR/sigma-epoch.png.")
    Path plot;

    @Override
    public Integer call() {
        ProjectiveHypersurface x = cy.hypersurface();
        MonomialBasis basis = CyOptions.basis(x, k, points);
        if (testEvery < 1) {
            throw new IllegalArgumentException("--test-every must be >= 1, got " + testEvery);
        }
        network.enabled();   // validates the --ansatz options before the algebraic stage
        if (resume != null && !Files.isRegularFile(resume)) {
            throw new IllegalArgumentException("--resume " + resume + ": no such file");
        }
        KahlerFlow kind = KahlerFlow.of(flowName);
        EpochOptions opts = new EpochOptions(epochs, batch, learningRate, decay,
                cy.sampling.seed, cy.threads());
        PointSample train = cy.sample(x, points, 0);
        PointSample test = cy.sample(x, cy.sampling.testPoints, 1);
        ObjectNode root = Json.object();
        root.put("manifold", x.name());
        root.put("k", k);
        root.put("sections", basis.size());
        root.put("flow", kind.cliName());
        long cpu0 = CpuTime.now();
        Checkpoint from = resume == null ? null : Checkpoint.read(resume);
        int n = CyPipeline.balancePoints(balancePoints, basis);
        BalancedRun run = CyPipeline.balance(cy, x, k, n, iterations, 1e-4, i -> { });
        CyPipeline.Assessment ba = CyPipeline.assess(run.metric(), test, cy.threads());
        MongeAmpereEstimate b = ba.metric();
        ObjectNode bal = CyPipeline.estimate(ba, x);
        bal.put("balance_points", n);
        Json.putNumber(bal, "cpu_seconds", run.cpuSeconds());
        root.set("balanced", bal);
        PotentialFlow flow = new PotentialFlow(run.metric(), train, opts, kind);
        if (!common.json()) {
            common.out().printf("balanced k=%d (N_k=%d, %d points): sigma_test=%s <|R|>_test=%s cpu=%.1fs%n", k,
                    basis.size(), n, CyPipeline.text(b.sigma()), ba.meanAbsR(),
                    run.cpuSeconds());
        }
        int done = from == null ? 0 : (int) (from.steps() / flow.batchesPerEpoch());
        if (from != null) {
            root.put("resumed_from_epoch", done);
        }
        ArrayNode rows = root.putArray("epochs");
        List<Double> ep = new ArrayList<>();
        List<Double> sTest = new ArrayList<>();
        List<Double> sTrain = new ArrayList<>();
        AlgebraicMetric flowed;
        try (ProgressBar bar = Progress.bar(common, "train", epochs)) {
            if (bar != null) {
                bar.stepTo(done);
            }
            flowed = flow.run(from, checkpoint, e -> {
                ObjectNode r = rows.addObject();
                r.put("epoch", e.epoch());
                Json.putNumber(r, "loss", e.loss());
                Json.putNumber(r, "sigma_train_batches", e.sigma());
                Json.putNumber(r, "cpu_seconds", e.cpuSeconds());
                ep.add((double) e.epoch());
                sTrain.add(e.sigma());
                if (e.epoch() % testEvery == 0 || e.epoch() == epochs) {
                    MongeAmpereEstimate t = e.metric().estimate(test, cy.threads());
                    CyPipeline.put(r, "sigma_test", t.sigma());
                    sTest.add(t.sigma().value());
                    if (!common.json() && bar == null) {
                        common.out().printf("epoch %d loss %.3e sigma_train %.5f sigma_test %s cpu %.1fs%n",
                                e.epoch(), e.loss(), e.sigma(), CyPipeline.text(t.sigma()), e.cpuSeconds());
                    }
                } else {
                    sTest.add(Double.NaN);
                }
                if (bar != null) {
                    bar.step();
                }
            });
        }
        PotentialMetric trained = CyNetworkStage.train(network, flowed, train, test, batch, testEvery, cy,
                common, root);
        MongeAmpereEstimate fTrain = trained.estimate(train, cy.threads());
        CyPipeline.Assessment testA = CyPipeline.assess(trained, test, cy.threads());
        MongeAmpereEstimate fTest = testA.metric();
        root.set("train", CyPipeline.estimate(fTrain, x));
        root.set("test", CyPipeline.estimate(testA, x));
        Json.putNumber(root, "cpu_seconds", CpuTime.since(cpu0));
        if (out != null) {
            MetricFile.write(out, trained, test, cy.threads());
            root.put("out", out.toString());
        }
        if (plot != null) {
            Map<String, double[][]> series = new LinkedHashMap<>();
            series.put("train (batch mean)", CyPlots.xy(ep, sTrain));
            List<Double> te = new ArrayList<>();
            List<Double> ts = new ArrayList<>();
            for (int i = 0; i < ep.size(); i++) {
                if (!Double.isNaN(sTest.get(i))) {
                    te.add(ep.get(i));
                    ts.add(sTest.get(i));
                }
            }
            series.put("test", CyPlots.xy(te, ts));
            root.put("plot", CyPlots.sigma(plot, "sigma-epoch", kind + " flow on H, k = " + k + ", "
                    + x.name(), "epoch", series).toString());
        }
        if (common.json()) {
            common.out().println(Json.write(root));
        } else {
            common.out().printf("trained k=%d (%s): sigma_train=%s sigma_test=%s kappa=%s Vol_g=%s (Vol_FS %.5f) "
                            + "<|R|>_test=%s cpu=%.1fs%n", k, kind, CyPipeline.text(fTrain.sigma()),
                    CyPipeline.text(fTest.sigma()), CyPipeline.text(fTest.kappa()),
                    CyPipeline.text(fTest.volumeMetric()), x.volumeFubiniStudy(),
                    testA.meanAbsR(), CpuTime.since(cpu0));
        }
        return 0;
    }
}
