package org.metricflow.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.metricflow.numeric.io.CymetricDataset;
import org.metricflow.numeric.io.PointSampleFiles;
import org.metricflow.numeric.kahler.AlgebraicMetric;
import org.metricflow.numeric.kahler.MetricFile;
import org.metricflow.numeric.metric.MongeAmpereEstimate;
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
        AlgebraicMetric g = MetricFile.read(metric);
        PointSample s;
        if (from == null) {
            s = sampling.sample(g.manifold(), sampling.testPoints, 1);
        } else if (format.equals("cymetric")) {
            s = CymetricDataset.read(from, g.manifold().coordinates()).toPointSample(g.manifold(), from);
        } else if (format.equals("metricflow")) {
            s = PointSampleFiles.read(from);
            if (s.coordinates() != g.manifold().coordinates()) {
                throw new IllegalArgumentException("--from " + from + " has " + s.coordinates()
                        + " coordinates, the metric " + g.manifold().coordinates());
            }
            s = new PointSample(g.manifold(), s.points(), s.weights(), s.omega(), s.patch(), s.eliminated(),
                    s.fsMetric(), s.line(), s.rejections());
        } else {
            throw new IllegalArgumentException("unknown --format '" + format + "' (valid: metricflow, cymetric)");
        }
        CyPipeline.Assessment a = CyPipeline.assess(g, s, sampling.threads());
        MongeAmpereEstimate e = a.metric();
        ObjectNode root = CyPipeline.estimate(a, g.manifold());
        root.put("k", g.k());
        root.put("metric", metric.toString());
        if (out != null) {
            MetricFile.write(out, g, s, sampling.threads());
            root.put("out", out.toString());
        }
        if (common.json()) {
            common.out().println(Json.write(root));
        } else {
            common.out().printf("k=%d on %d points: sigma=%s kappa=%s Vol_g=%s (Vol_FS %.5f) <|R|>=%s <R>=%s%n",
                    g.k(), e.points(), CyPipeline.text(e.sigma()), CyPipeline.text(e.kappa()),
                    CyPipeline.text(e.volumeMetric()), g.manifold().volumeFubiniStudy(),
                    CyPipeline.text(a.curvature().meanAbs()), CyPipeline.text(a.curvature().mean()));
        }
        return 0;
    }
}
