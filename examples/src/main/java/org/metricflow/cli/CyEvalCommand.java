package org.metricflow.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.metricflow.numeric.kahler.MetricFile;
import org.metricflow.numeric.kahler.PotentialMetric;
import org.metricflow.numeric.sample.PointSample;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code metricflow cy eval}: a saved metric on fresh points, a metricflow sample or a cymetric point set. */
@Command(name = "eval", mixinStandardHelpOptions = true, showDefaultValues = true,
        description = {"Evaluate a metric saved by 'cy balanced/train --out' on --test-points fresh points, or on the "
                + "points of --from (a metricflow sample or metric file, or cymetric's dataset.npz with --format "
                + "cymetric): sigma, kappa, Vol_g, the mean |R| and mean R of the scalar curvature (R = 0 for the "
                + "Ricci-flat metric)."})
final class CyEvalCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--metric", required = true, paramLabel = "FILE.npz", description = "The saved metric.")
    Path metric;

    @Option(names = "--from", paramLabel = "FILE.npz", description = "Points to evaluate on (default: fresh sample).")
    Path from;

    @Option(names = "--format", defaultValue = "metricflow", paramLabel = "F",
            description = "Layout of --from: metricflow or cymetric.")
    String format;

    @Mixin
    CySampleOptions sampling;

    @Option(names = "--out", paramLabel = "FILE.npz", description = "Write the metric at these points.")
    Path out;

    @Override
    public Integer call() {
        PotentialMetric g = MetricFile.read(metric);
        PointSample s = from == null ? sampling.sample(g.manifold(), sampling.testPoints, 1)
                : SavedMetrics.points(from, format, g.manifold());
        ObjectNode root = SavedMetrics.evaluate(g, s, sampling.threads());
        root.put("metric", metric.toString());
        if (out != null) {
            MetricFile.write(out, g, s, sampling.threads());
            root.put("out", out.toString());
        }
        if (common.json()) {
            common.out().println(Json.write(root));
        } else {
            common.out().println(SavedMetrics.text(root));
        }
        return 0;
    }
}
