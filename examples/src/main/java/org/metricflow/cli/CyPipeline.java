package org.metricflow.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.IntConsumer;
import org.metricflow.numeric.kahler.AlgebraicMetric;
import org.metricflow.numeric.kahler.PotentialMetric;
import org.metricflow.numeric.kahler.CurvatureEstimate;
import org.metricflow.numeric.kahler.CurvatureValues;
import org.metricflow.numeric.kahler.ScalarCurvature;
import org.metricflow.numeric.metric.MongeAmpere;
import org.metricflow.numeric.kahler.BalancedRun;
import org.metricflow.numeric.kahler.Donaldson;
import org.metricflow.numeric.kahler.MonomialBasis;
import org.metricflow.numeric.manifold.ProjectiveHypersurface;
import org.metricflow.numeric.metric.MongeAmpereEstimate;
import org.metricflow.numeric.metric.MonteCarloEstimate;
import org.metricflow.numeric.sample.PointSample;

/** Steps shared by the {@code cy} subcommands: balancing at degree k, and the JSON of an estimate. */
final class CyPipeline {

    private CyPipeline() {
    }

    /** Balancing points for degree k: the given number, or max(100000, 5 N_k²) (the T-operator's Monte Carlo noise biases σ upwards by ~N_k/√points). */
    static int balancePoints(Integer given, MonomialBasis basis) {
        return given != null ? given : Math.max(100_000, 5 * basis.size() * basis.size());
    }

    /** Donaldson's balanced metric at degree k on {@code points} points (seed offset 2). */
    static BalancedRun balance(CyOptions o, ProjectiveHypersurface x, int k, int points, int iterations,
                               double tolerance, IntConsumer progress) {
        CyOptions.basis(x, k, points);
        PointSample s = o.sample(x, points, 2);
        return Donaldson.balance(AlgebraicMetric.multinomial(x, k), s, iterations, tolerance, o.threads(), progress);
    }

    static void put(ObjectNode node, String key, MonteCarloEstimate e) {
        Json.putNumber(node, key, e.value());
        Json.putNumber(node, key + "_err", e.standardError());
    }

    /** sigma, kappa, volume_g (with errors) and volume_fs of an estimate. */
    static ObjectNode estimate(MongeAmpereEstimate e, ProjectiveHypersurface x) {
        ObjectNode n = Json.object();
        put(n, "sigma", e.sigma());
        put(n, "kappa", e.kappa());
        put(n, "volume_g", e.volumeMetric());
        Json.putNumber(n, "volume_fs", x.volumeFubiniStudy());
        n.put("points", e.points());
        return n;
    }

    /** A metric's Monge–Ampère estimate and its curvature averages, from one pass over the points. */
    record Assessment(MongeAmpereEstimate metric, CurvatureEstimate curvature) {

        /** ⟨|R|⟩ as text. */
        String meanAbsR() {
            return text(curvature.meanAbs());
        }
    }

    /** σ, κ, Vol_g and ⟨|R|⟩, ⟨R⟩ of g on s (det g from the {@link ScalarCurvature} pass). */
    static Assessment assess(PotentialMetric g, PointSample s, int threads) {
        CurvatureValues v = g.curvature(s, threads);
        return new Assessment(MongeAmpere.of(s, v.det()), ScalarCurvature.estimate(s, v));
    }

    /** {@link #estimate(MongeAmpereEstimate, ProjectiveHypersurface)} plus mean_abs_R and mean_R (with errors). */
    static ObjectNode estimate(Assessment a, ProjectiveHypersurface x) {
        ObjectNode n = estimate(a.metric(), x);
        put(n, "mean_abs_R", a.curvature().meanAbs());
        put(n, "mean_R", a.curvature().mean());
        return n;
    }

    static String text(MonteCarloEstimate e) {
        return String.format("%.5f ± %.5f", e.value(), e.standardError());
    }
}
