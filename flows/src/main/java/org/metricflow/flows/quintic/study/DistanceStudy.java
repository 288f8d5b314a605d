package org.metricflow.flows.quintic.study;

import java.util.Arrays;
import java.util.List;
import org.metricflow.numeric.cluster.NearestNeighbourStatistics;
import org.metricflow.numeric.cluster.NearestNeighbourSummary;
import org.metricflow.numeric.sample.PointSample;

/**
 * Fig. 3 (right): the mean nearest-neighbour FS distance of the first N points of a sample for several N, with the
 * power-law fit of eq. (3.6) — both from {@link NearestNeighbourStatistics} (the {@code sample --distances} code).
 */
public final class DistanceStudy {

    /** Default sizes: 100 to 30,000 points in half-decades. */
    public static final int[] DEFAULT_SIZES = {100, 300, 1000, 3000, 10000, 30000};

    private DistanceStudy() {
    }

    /** Runs the study on the first {@code sizes[i]} points of {@code sample}; sizes ≥ 2, ascending, ≤ its size. */
    public static DistanceStudyResult run(PointSample sample, int[] sizes, int threads) {
        if (sizes.length < 2) {
            throw new IllegalArgumentException("the distance study needs >= 2 sizes, got " + Arrays.toString(sizes));
        }
        for (int i = 0; i < sizes.length; i++) {
            if (sizes[i] < 2 || sizes[i] > sample.size() || i > 0 && sizes[i] <= sizes[i - 1]) {
                throw new IllegalArgumentException("sizes must be ascending in [2, " + sample.size() + "], got "
                        + Arrays.toString(sizes));
            }
        }
        List<NearestNeighbourSummary> s = NearestNeighbourStatistics.scan(sample.points(), sample.coordinates(),
                sizes, threads);
        double[] law = new double[sizes.length];
        for (int i = 0; i < sizes.length; i++) {
            law[i] = NearestNeighbourStatistics.asymptoticMean(sample.manifold(), sizes[i]);
        }
        return new DistanceStudyResult(s, NearestNeighbourStatistics.fit(s), law);
    }
}
