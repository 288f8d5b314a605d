package org.metricflow.numeric.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.metricflow.numeric.manifold.FubiniStudy;
import org.metricflow.numeric.manifold.ProjectiveHypersurface;
import org.metricflow.numeric.sampling.LineIntersectionSampler;
import org.metricflow.numeric.sampling.PointSample;
import org.metricflow.numeric.sampling.SamplerOptions;

class FsNearestNeighboursTest {

    static PointSample sample(ProjectiveHypersurface x, int n, long seed) {
        return new LineIntersectionSampler(x, SamplerOptions.defaults().withSeed(seed)).sample(n);
    }

    /** Same answers as brute force with the stable FS distance (quintic: 3,000 → 2,000; cubic: 500 → 5,000). */
    @Test
    void agreesWithBruteForce() {
        for (int[] c : new int[][] {{5, 2000, 3000}, {3, 5000, 500}}) {
            ProjectiveHypersurface x = ProjectiveHypersurface.fermat(c[0]);
            PointSample train = sample(x, c[1], 1);
            PointSample test = sample(x, c[2], 2);
            FsNearestNeighbours index = FsNearestNeighbours.build(train.points(), c[0]);
            int[] idx = new int[c[2]];
            double[] dist = new double[c[2]];
            index.nearest(test.points(), idx, dist, false, 2);
            int n1 = c[0];
            for (int q = 0; q < c[2]; q++) {
                double best = Double.POSITIVE_INFINITY;
                for (int k = 0; k < c[1]; k++) {
                    best = Math.min(best, FubiniStudy.distance(test.points(), q * 2 * n1, train.points(), k * 2 * n1,
                            n1));
                }
                assertThat(dist[q]).isCloseTo(best, within(1e-12));
                assertThat(FubiniStudy.distance(test.points(), q * 2 * n1, train.points(), idx[q] * 2 * n1, n1))
                        .isEqualTo(dist[q]);
            }
        }
    }

    @Test
    void excludingSelfFindsTheNearestOtherPoint() {
        PointSample s = sample(ProjectiveHypersurface.fermatQuintic(), 1500, 4);
        FsNearestNeighbours index = FsNearestNeighbours.build(s.points(), 5);
        int[] idx = new int[1500];
        double[] dist = new double[1500];
        index.nearest(s.points(), idx, dist, true, 1);
        for (int q = 0; q < 1500; q += 7) {
            double best = Double.POSITIVE_INFINITY;
            for (int k = 0; k < 1500; k++) {
                if (k != q) {
                    best = Math.min(best, FubiniStudy.distance(s.points(), q * 10, s.points(), k * 10, 5));
                }
            }
            assertThat(idx[q]).isNotEqualTo(q);
            assertThat(dist[q]).isCloseTo(best, within(1e-12));
        }
        assertThat(index.nearest(s.points())).containsExactly(java.util.stream.IntStream.range(0, 1500).toArray());
    }

    @Test
    void badInputIsNamed() {
        assertThatThrownBy(() -> FsNearestNeighbours.build(new double[7], 5)).hasMessageContaining("N x 2(n+1)");
        assertThatThrownBy(() -> FsNearestNeighbours.build(new double[10], 5)).hasMessageContaining("point 0 is zero");
        FsNearestNeighbours index = FsNearestNeighbours.build(new double[] {1, 0, 0, 0, 0, 0}, 3);
        assertThatThrownBy(() -> index.nearest(new double[5])).hasMessageContaining("N x 6 values");
    }
}
