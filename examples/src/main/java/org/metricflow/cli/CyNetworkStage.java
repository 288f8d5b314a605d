package org.metricflow.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import me.tongfei.progressbar.ProgressBar;
import org.metricflow.flows.cy.EpochOptions;
import org.metricflow.flows.cy.NetworkPotentialFlow;
import org.metricflow.flows.time.Checkpoint;
import org.metricflow.numeric.kahler.AlgebraicMetric;
import org.metricflow.numeric.kahler.CpuTime;
import org.metricflow.numeric.kahler.NetworkMetric;
import org.metricflow.numeric.kahler.PotentialMetric;
import org.metricflow.numeric.kahler.PotentialNetwork;
import org.metricflow.numeric.metric.MongeAmpereEstimate;
import org.metricflow.numeric.sample.PointSample;

/** The network stage of {@code cy train --ansatz network}: φ_θ trained on top of the algebraic metric, H fixed. */
final class CyNetworkStage {

    private CyNetworkStage() {
    }

    /**
     * The algebraic metric itself for {@code --ansatz algebraic}; else the network metric trained on a fresh sample
     * of the same size as {@code algebraicTrain} (seed S+3: H fits its own training points more closely than unseen
     * ones, so the residual the network must learn shows only on fresh points), with its epochs in
     * {@code root.network}.
     */
    static PotentialMetric train(NetworkOptions o, AlgebraicMetric algebraic, PointSample algebraicTrain,
                                 PointSample test, int batch, int testEvery, CyOptions cy, CommonOptions common,
                                 ObjectNode root) {
        if (!o.enabled()) {
            return algebraic;
        }
        PointSample train = cy.sample(algebraic.manifold(), algebraicTrain.size(), 3);
        EpochOptions opts = o.options(batch, cy.sampling.seed, cy.threads());
        long cpu0 = CpuTime.now();
        PotentialNetwork net = o.network(algebraic.manifold());
        NetworkPotentialFlow flow = new NetworkPotentialFlow(algebraic, net, net.initial(cy.sampling.seed), train, opts);
        ObjectNode node = root.putObject("network");
        Checkpoint from = o.resume == null ? null : Checkpoint.read(o.resume);
        int done = from == null ? 0 : (int) (from.steps() / flow.batchesPerEpoch());
        if (from != null) {
            node.put("resumed_from_epoch", done);
        }
        node.put("hidden", Arrays.toString(net.hidden()));
        node.put("activation", net.activation().cli());
        node.put("parameters", net.parameters());
        ArrayNode rows = node.putArray("epochs");
        NetworkMetric trained;
        try (ProgressBar bar = Progress.bar(common, "network", o.epochs)) {
            if (bar != null) {
                bar.stepTo(done);
            }
            trained = flow.run(from, o.checkpoint, e -> {
                ObjectNode r = rows.addObject();
                r.put("epoch", e.epoch());
                Json.putNumber(r, "loss", e.loss());
                Json.putNumber(r, "sigma_train_batches", e.sigma());
                Json.putNumber(r, "cpu_seconds", e.cpuSeconds());
                r.put("rejected_steps", e.rejectedSteps());
                if (e.epoch() % testEvery == 0 || e.epoch() == o.epochs) {
                    MongeAmpereEstimate t = estimate(e.metric(), test, cy.threads());
                    CyPipeline.put(r, "sigma_test", t.sigma());
                    if (!common.json() && bar == null) {
                        common.out().printf("network epoch %d loss %.3e sigma_train %.5f sigma_test %s cpu %.1fs%s%n",
                                e.epoch(), e.loss(), e.sigma(), CyPipeline.text(t.sigma()), e.cpuSeconds(),
                                e.rejectedSteps() > 0 ? " (" + e.rejectedSteps() + " steps rejected)" : "");
                    }
                }
                if (bar != null) {
                    bar.step();
                }
            });
        }
        Json.putNumber(node, "cpu_seconds", CpuTime.since(cpu0));
        return trained;
    }

    /** σ of the network metric on the test points; an indefinite metric there stops the run (exit 1). */
    private static MongeAmpereEstimate estimate(NetworkMetric g, PointSample test, int threads) {
        try {
            return g.estimate(test, threads);
        } catch (IllegalArgumentException ex) {
            throw new IllegalStateException("guard: " + ex.getMessage() + " of the test sample; lower "
                    + "--network-learning-rate", ex);
        }
    }
}
