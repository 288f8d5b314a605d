package org.metricflow.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import org.hipparchus.complex.Complex;
import org.metricflow.flows.cy.EpochOptions;
import org.metricflow.flows.cy.PotentialFlow;
import org.metricflow.numeric.kahler.AlgebraicMetric;
import org.metricflow.numeric.kahler.BalancedRun;
import org.metricflow.numeric.kahler.CpuTime;
import org.metricflow.numeric.kahler.MonomialBasis;
import org.metricflow.numeric.manifold.ProjectiveHypersurface;
import org.metricflow.numeric.metric.MongeAmpereEstimate;
import org.metricflow.numeric.sample.PointSample;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code metricflow cy scan}: σ_FS, σ_balanced and σ_trained across the Dwork family. */
@Command(name = "scan", mixinStandardHelpOptions = true, showDefaultValues = true,
        description = {"Scan the Dwork quintics z0^5+...+z4^5 - 5 psi z0...z4 over --psi: sigma of the Fubini-Study, "
                + "the balanced (degree --k, max(100000, 5 N_k^2) points) and the trained metric on unseen points. psi^5 = 1 (singular) is "
                + "refused."})
final class CyScanCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--psi", split = ",", defaultValue = "0,0.5,0.9,1.5,3", paramLabel = "PSI",
            description = "Values of psi (comma list).")
    String[] psis;

    @Option(names = "--k", defaultValue = "4", paramLabel = "K", description = "Degree of the sections.")
    int k;

    @Option(names = "--points", defaultValue = "20000", paramLabel = "N", description = "Training points per psi.")
    int points;

    @Option(names = "--iterations", defaultValue = "10", paramLabel = "I", description = "T-iterations.")
    int iterations;

    @Option(names = "--epochs", defaultValue = "15", paramLabel = "E", description = "Epochs of the flow per psi.")
    int epochs;

    @Option(names = "--batch", defaultValue = "2000", paramLabel = "B", description = "Points per Adam step.")
    int batch;

    @Option(names = "--learning-rate", defaultValue = "0.005", paramLabel = "LR", description = "Adam step size.")
    double learningRate;

    @Option(names = "--decay", defaultValue = "0.93", paramLabel = "D",
            description = "Factor of the step size per epoch (1: constant).")
    double decay;

    @Mixin
    CySampleOptions sampling;

    @Option(names = "--plot", paramLabel = "DIR", description = "Write DIR/sigma-psi.png.")
    Path plot;

    @Override
    public Integer call() {
        List<Complex> values = new ArrayList<>();
        for (String p : psis) {
            values.add(CyOptions.dworkPsi(p.trim()));
        }
        ObjectNode root = Json.object();
        root.put("k", k);
        ArrayNode rows = root.putArray("scan");
        List<Double> xs = new ArrayList<>();
        List<Double> fs = new ArrayList<>();
        List<Double> bal = new ArrayList<>();
        List<Double> tr = new ArrayList<>();
        try (ProgressBar bar = Progress.bar(common, "scan", values.size())) {
            for (int i = 0; i < values.size(); i++) {
                CyOptions o = new CyOptions();
                o.manifold = "dwork";
                o.psi = psis[i].trim();
                o.sampling = sampling;
                ProjectiveHypersurface x = o.hypersurface();
                MonomialBasis basis = CyOptions.basis(x, k, points);
                long cpu0 = CpuTime.now();
                PointSample test = o.sample(x, sampling.testPoints, 1);
                MongeAmpereEstimate f = AlgebraicMetric.multinomial(x, 1).estimate(test, o.threads());
                BalancedRun run = CyPipeline.balance(o, x, k, CyPipeline.balancePoints(null, basis), iterations, 1e-4,
                        j -> { });
                MongeAmpereEstimate b = run.metric().estimate(test, o.threads());
                PotentialFlow flow = new PotentialFlow(run.metric(), o.sample(x, points, 0),
                        new EpochOptions(epochs, batch, learningRate, decay, sampling.seed,
                                o.threads()));
                MongeAmpereEstimate t = flow.run(e -> { }).estimate(test, o.threads());
                ObjectNode r = rows.addObject();
                r.put("psi", o.psi);
                CyPipeline.put(r, "sigma_fs", f.sigma());
                CyPipeline.put(r, "sigma_balanced", b.sigma());
                CyPipeline.put(r, "sigma_trained", t.sigma());
                CyPipeline.put(r, "kappa_trained", t.kappa());
                Json.putNumber(r, "cpu_seconds", CpuTime.since(cpu0));
                xs.add(values.get(i).getReal());
                fs.add(f.sigma().value());
                bal.add(b.sigma().value());
                tr.add(t.sigma().value());
                if (!common.json()) {
                    common.out().printf("psi=%s sigma_FS=%s sigma_balanced(k=%d)=%s sigma_trained=%s cpu=%.1fs%n",
                            o.psi, CyPipeline.text(f.sigma()), k, CyPipeline.text(b.sigma()),
                            CyPipeline.text(t.sigma()), CpuTime.since(cpu0));
                }
                if (bar != null) {
                    bar.step();
                }
            }
        }
        if (plot != null) {
            Map<String, double[][]> series = new LinkedHashMap<>();
            series.put("Fubini-Study", CyPlots.xy(xs, fs));
            series.put("balanced k=" + k, CyPlots.xy(xs, bal));
            series.put("trained k=" + k, CyPlots.xy(xs, tr));
            root.put("plot", CyPlots.sigma(plot, "sigma-psi", "Dwork family: sigma on unseen points", "Re psi",
                    series).toString());
        }
        if (common.json()) {
            common.out().println(Json.write(root));
        }
        return 0;
    }
}
