package org.metricflow.numeric.kahler;

import org.metricflow.numeric.manifold.ProjectiveHypersurface;
import org.metricflow.numeric.metric.MongeAmpere;
import org.metricflow.numeric.metric.MongeAmpereEstimate;
import org.metricflow.numeric.sample.PointSample;

/**
 * A Kähler metric on X given by a global potential in the Fubini–Study class, evaluated exactly in each point's own
 * chart: Donaldson's {@link AlgebraicMetric} or an algebraic metric plus a network potential ({@link NetworkMetric}).
 */
public interface PotentialMetric {

    /** The hypersurface. */
    ProjectiveHypersurface manifold();

    /** The algebraic part K_alg = ln(s^† H s)/(kπ). */
    AlgebraicMetric algebraic();

    /**
     * g and det g at every point of the sample, in the point's own chart.
     *
     * @throws IllegalArgumentException naming the first point where g is not positive definite
     */
    MetricValues values(PointSample s, int threads);

    /**
     * g at every point of the sample, in the point's own chart, without the positivity test (for guards that must
     * report an indefinite g as such); layout as {@link MetricValues#metric()}.
     */
    default double[] metricUnchecked(PointSample s, int threads) {
        return values(s, threads).metric();
    }

    /**
     * det g and the scalar curvature R at every point of the sample, exactly ({@link ScalarCurvature}).
     *
     * @throws IllegalArgumentException naming the first point where g is not positive definite
     */
    CurvatureValues curvature(PointSample s, int threads);

    /** Vol, κ and σ of this metric on the sample ({@link MongeAmpere}), with Monte Carlo errors. */
    default MongeAmpereEstimate estimate(PointSample s, int threads) {
        return MongeAmpere.of(s, values(s, threads).det());
    }
}
