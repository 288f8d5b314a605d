package org.metricflow.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Arrays;
import org.metricflow.numeric.io.CymetricDataset;
import org.metricflow.numeric.io.PointSampleFiles;
import org.metricflow.numeric.kahler.NetworkMetric;
import org.metricflow.numeric.kahler.PotentialMetric;
import org.metricflow.numeric.manifold.ProjectiveHypersurface;
import org.metricflow.numeric.sample.PointSample;

/** A saved metric evaluated on a point set: the code behind {@code cy eval --from} and {@code sample --from}. */
final class SavedMetrics {

    private SavedMetrics() {
    }

    /**
     * The points of {@code file} on x: a metricflow sample or metric file ({@code format} metricflow) or cymetric's
     * dataset.npz (cymetric; Ω, charts and weights recomputed on x).
     *
     * @throws IllegalArgumentException for an unknown format or a point set of another dimension
     */
    static PointSample points(Path file, String format, ProjectiveHypersurface x) {
        if (format.equals("cymetric")) {
            return CymetricDataset.read(file, x.coordinates()).toPointSample(x, file);
        }
        if (!format.equals("metricflow")) {
            throw new IllegalArgumentException("unknown --format '" + format + "' (valid: metricflow, cymetric)");
        }
        PointSample s = PointSampleFiles.read(file);
        if (s.coordinates() != x.coordinates()) {
            throw new IllegalArgumentException("--from " + file + " has " + s.coordinates()
                    + " coordinates, the metric " + x.coordinates());
        }
        return new PointSample(x, s.points(), s.weights(), s.omega(), s.patch(), s.eliminated(), s.fsMetric(),
                s.line(), s.rejections());
    }

    /**
     * σ, κ, Vol_g, ⟨|R|⟩ and ⟨R⟩ with errors, Vol_FS, points, k and the network's shape of g on s.
     */
    static ObjectNode evaluate(PotentialMetric g, PointSample s, int threads) {
        ObjectNode root = CyPipeline.estimate(CyPipeline.assess(g, s, threads), g.manifold());
        root.put("k", g.algebraic().k());
        root.put("ansatz", g instanceof NetworkMetric ? "network" : "algebraic");
        if (g instanceof NetworkMetric net) {
            root.put("hidden", Arrays.toString(net.network().hidden()));
            root.put("activation", net.network().activation().cli());
        }
        return root;
    }

    /** One line: "k=4 (network) on N points: sigma=… kappa=… Vol_g=… (Vol_FS …)". */
    static String text(ObjectNode r) {
        return String.format("k=%d (%s) on %d points: sigma=%.5f ± %.5f kappa=%.6f ± %.6f Vol_g=%.5f ± %.5f "
                        + "(Vol_FS %.5f)", r.get("k").asInt(), r.get("ansatz").asText(), r.get("points").asInt(),
                r.get("sigma").asDouble(), r.get("sigma_err").asDouble(), r.get("kappa").asDouble(),
                r.get("kappa_err").asDouble(), r.get("volume_g").asDouble(), r.get("volume_g_err").asDouble(),
                r.get("volume_fs").asDouble())
                + (r.has("mean_abs_R") ? String.format(" <|R|>=%.5f ± %.5f <R>=%.5f ± %.5f",
                r.get("mean_abs_R").asDouble(), r.get("mean_abs_R_err").asDouble(), r.get("mean_R").asDouble(),
                r.get("mean_R_err").asDouble()) : "");
    }
}
