package org.metricflow.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Locale;
import org.metricflow.flows.quintic.QuinticFlowOptions;
import org.metricflow.flows.quintic.study.FiniteWidthFlow;
import org.metricflow.flows.quintic.study.FiniteWidthOptions;
import org.metricflow.flows.quintic.study.FiniteWidthResult;
import org.metricflow.flows.quintic.study.KernelEvolution;
import org.metricflow.numeric.manifold.ProjectiveHypersurface;
import org.metricflow.numeric.nn.ReluArchitecture;
import org.metricflow.numeric.sampling.LineIntersectionSampler;
import org.metricflow.numeric.sample.PointSample;
import org.metricflow.numeric.sampling.SamplerOptions;

/** {@code flow quintic --study feature-learning}: frozen vs evolving empirical NTK of the same finite networks. */
final class FeatureLearningReport {

    private FeatureLearningReport() {
    }

    static void run(ObjectNode root, QuinticStudyOptions s, QuinticFlowOptions o, int train, int test, int steps,
                    long seed, int threads) {
        if (s.width < 1 || s.depth < 1) {
            throw new IllegalArgumentException("--width and --depth must be >= 1, got " + s.width + ", " + s.depth);
        }
        ReluArchitecture arch = ReluArchitecture.ntk(10, s.depth, s.width, s.networkSigmaW(), s.networkSigmaB(), true);
        ProjectiveHypersurface x = ProjectiveHypersurface.fermatQuintic();
        PointSample tr = new LineIntersectionSampler(x, SamplerOptions.defaults().withSeed(seed)).sample(train);
        PointSample te = new LineIntersectionSampler(x, SamplerOptions.defaults().withSeed(seed + 1)).sample(test);
        root.put("architecture", "9 x ReLU(depth " + s.depth + ", width " + s.width + "), NTK parameterisation");
        Json.putNumber(root, "sigma_w", s.networkSigmaW());
        Json.putNumber(root, "sigma_b", s.networkSigmaB());
        Json.putNumber(root, "learning_rate", o.learningRate());
        root.put("loss", o.loss().name().toLowerCase(Locale.ROOT));
        ArrayNode rows = root.putArray("rows");
        for (KernelEvolution e : KernelEvolution.values()) {
            FiniteWidthFlow f = new FiniteWidthFlow(tr, te, FiniteWidthOptions.of(o), arch, e, seed + 3, threads);
            FiniteWidthResult r = f.run(steps);
            root.put("train", f.trainingPoints());
            root.put("test", f.testPoints());
            ObjectNode row = rows.addObject();
            row.put("kernel", e.name().toLowerCase(Locale.ROOT));
            row.put("steps", r.steps());
            row.put("clipped_train", r.clippedTrain());
            row.put("clipped_test", r.clippedTest());
            QuinticStudies.put(row, "sigma_train_before", r.sigmaTrainBefore());
            QuinticStudies.put(row, "sigma_train_after", r.sigmaTrainAfter());
            QuinticStudies.put(row, "sigma_test_before", r.sigmaTestBefore());
            QuinticStudies.put(row, "sigma_test_after", r.sigmaTestAfter());
            Json.putNumber(row, "gain_train", r.gainTrain());
            Json.putNumber(row, "gain_test", r.gainTest());
            Json.putNumber(row, "kernel_drift", r.kernelDrift());
        }
    }

    static void print(PrintWriter o, ObjectNode r) {
        o.printf(Locale.ROOT, "feature learning: %s, sigma_w %.4g, sigma_b %.4g, lr %.4g, %s loss, g = L M L^H in the "
                        + "FS frame, %d training / %d test points%n", r.get("architecture").asText(),
                r.get("sigma_w").asDouble(), r.get("sigma_b").asDouble(), r.get("learning_rate").asDouble(),
                r.get("loss").asText(), r.get("train").asInt(), r.get("test").asInt());
        o.printf(Locale.ROOT, "  %-9s %6s %9s %12s %12s %12s %12s %10s %10s %12s%n", "kernel", "steps", "clipped",
                "sigma_train0", "sigma_train", "sigma_test0", "sigma_test", "gain_train", "gain_test", "kernel_drift");
        for (var e : r.get("rows")) {
            o.printf(Locale.ROOT, "  %-9s %6d %9s %12.5g %12.5g %12.5g %12.5g %10.4g %10.4g %12.3g%n",
                    e.get("kernel").asText(), e.get("steps").asInt(),
                    e.get("clipped_train").asInt() + "/" + e.get("clipped_test").asInt(),
                    e.get("sigma_train_before").asDouble(), e.get("sigma_train_after").asDouble(),
                    e.get("sigma_test_before").asDouble(), e.get("sigma_test_after").asDouble(),
                    e.get("gain_train").asDouble(), e.get("gain_test").asDouble(), e.get("kernel_drift").asDouble());
        }
    }
}
