package org.metricflow.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import org.metricflow.flows.quintic.OperatorOptions;
import org.metricflow.flows.quintic.QuinticFlowOptions;
import org.metricflow.flows.quintic.QuinticFlowResult;
import org.metricflow.flows.quintic.QuinticKernelFlow;
import org.metricflow.flows.quintic.tune.ClosedFormRun;
import org.metricflow.flows.quintic.tune.HyperparameterSearch;
import org.metricflow.flows.quintic.tune.TuneOptions;
import org.metricflow.flows.quintic.tune.TuneResult;
import org.metricflow.flows.quintic.tune.TunedParameter;
import org.metricflow.flows.quintic.tune.Trial;
import org.metricflow.numeric.sample.PointSample;

/**
 * {@code flow quintic --tune}: the CMA-ES search on a validation sample, then the start point (the given options,
 * Table 1 by default) and the best trial each run once more on the training and test samples, so that the test set
 * is used only for the final report.
 */
final class QuinticTuning {

    private QuinticTuning() {
    }

    static ObjectNode run(CommonOptions common, PointSample train, PointSample validation, PointSample test,
                          QuinticFlowOptions start, OperatorOptions ops, TuneOptions tune, int threads,
                          boolean closedForm) {
        HyperparameterSearch stepped = new HyperparameterSearch(train, validation, start, ops, tune, threads);
        HyperparameterSearch search = closedForm ? stepped.closedForm() : stepped;
        TuneResult result;
        try (ProgressBar bar = Progress.bar(common, "tune", tune.evaluations())) {
            result = search.run(t -> {
                if (bar != null) {
                    bar.step();
                }
            });
        }
        ObjectNode root = Json.object();
        root.put("evaluations", result.trials().size());
        root.put("failures", result.failures());
        root.put("steps_per_run", closedForm ? 0 : tune.steps());
        root.put("closed_form", closedForm);
        root.put("seed", tune.seed());
        root.put("validation", validation.size());
        root.set("start", report(result.trials().get(0), result, new Samples(train, validation, test), ops, tune,
                threads));
        root.set("best", report(result.best(), result, new Samples(train, validation, test), ops, tune, threads));
        ArrayNode trials = root.putArray("trials");
        for (Trial t : result.trials()) {
            ObjectNode n = parameters(t, result);
            Json.putNumber(n, "gain_train", t.trainGain());
            Json.putNumber(n, "gain_validation", t.validationGain());
            if (closedForm) {
                Json.putNumber(n, "t", t.flowTime());
            }
            if (t.failure() != null) {
                n.put("failure", t.failure());
            }
            trials.add(n);
        }
        return root;
    }

    private static ObjectNode parameters(Trial t, TuneResult r) {
        ObjectNode n = Json.object();
        for (TunedParameter p : r.parameters()) {
            Json.putNumber(n, p.label(), p.of(t.options()));
        }
        return n;
    }

    /** The trial's parameters and gains, with its test gain from a run on the training and test samples. */
    /** The training, validation and test samples of a search. */
    private record Samples(PointSample train, PointSample validation, PointSample test) {
    }

    private static ObjectNode report(Trial t, TuneResult r, Samples s, OperatorOptions ops, TuneOptions tune,
                                     int threads) {
        ObjectNode n = parameters(t, r);
        boolean closedForm = !Double.isNaN(t.flowTime());
        if (closedForm) {
            Json.putNumber(n, "t", t.flowTime());
        } else {
            Json.putNumber(n, "learning_rate", t.options().learningRate());
        }
        Json.putNumber(n, "gain_train", t.trainGain());
        Json.putNumber(n, "gain_validation", t.validationGain());
        n.put("clipped", t.clipped());
        if (t.failure() != null) {
            n.put("failure", t.failure());
            return n;
        }
        if (closedForm) {
            // t chosen again on the validation set (same samples, same t), σ reported on the test set
            Json.putNumber(n, "gain_test", ClosedFormRun.of(s.train(), s.validation(), s.test(), t.options(), ops,
                    threads).otherGain());
            return n;
        }
        QuinticFlowResult onTest = new QuinticKernelFlow(s.train(), s.test(), t.options(), ops, threads)
                .run(tune.steps(), null);
        Json.putNumber(n, "gain_test", onTest.stopReason() == null ? onTest.gainTest() : Double.NaN);
        return n;
    }

    /** Text form of {@link #run}'s JSON. */
    static void print(CommonOptions common, ObjectNode root, String kernel) {
        var o = common.out();
        o.printf(Locale.ROOT, "CMA-ES tuning of the %s kernel: %d runs of %s (%d failed), seed %d, validation "
                        + "set of %d points%n", kernel, root.get("evaluations").asInt(),
                root.get("closed_form").asBoolean() ? "the closed form at t auto"
                        : root.get("steps_per_run").asInt() + " steps", root.get("failures").asInt(),
                root.get("seed").asLong(), root.get("validation").asInt());
        o.printf(Locale.ROOT, "  %-16s %14s %14s%n", "", "start", "best");
        var start = root.get("start");
        var best = root.get("best");
        var names = best.fieldNames();
        while (names.hasNext()) {
            String key = names.next();
            if (key.equals("failure")) {
                continue;
            }
            o.printf(Locale.ROOT, "  %-16s %14.5g %14.5g%n", key, start.path(key).asDouble(Double.NaN),
                    best.path(key).asDouble(Double.NaN));
        }
        if (start.has("failure")) {
            o.println("  start failed: " + start.get("failure").asText());
        }
    }
}
