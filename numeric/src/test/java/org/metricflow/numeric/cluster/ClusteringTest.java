package org.metricflow.numeric.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metricflow.numeric.manifold.FubiniStudy;
import org.metricflow.numeric.manifold.ProjectiveHypersurface;
import org.metricflow.numeric.sample.PointSample;

class ClusteringTest {

    @TempDir
    Path dir;

    /** Naive O(N³) UPGMA: repeatedly merge the pair of clusters with the smallest mean pairwise distance. */
    private static int[] naiveAverageLinkage(double[] p, int n1, int n, int clusters) {
        List<List<Integer>> cs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            cs.add(new ArrayList<>(List.of(i)));
        }
        while (cs.size() > clusters) {
            int ba = 0;
            int bb = 1;
            double best = Double.POSITIVE_INFINITY;
            for (int a = 0; a < cs.size(); a++) {
                for (int b = a + 1; b < cs.size(); b++) {
                    double s = 0;
                    for (int i : cs.get(a)) {
                        for (int j : cs.get(b)) {
                            s += FubiniStudy.distance(p, i * 2 * n1, p, j * 2 * n1, n1);
                        }
                    }
                    s /= cs.get(a).size() * cs.get(b).size();
                    if (s < best) {
                        best = s;
                        ba = a;
                        bb = b;
                    }
                }
            }
            cs.get(ba).addAll(cs.remove(bb));
        }
        int[] labels = new int[n];
        for (int c = 0; c < cs.size(); c++) {
            for (int i : cs.get(c)) {
                labels[i] = c;
            }
        }
        return labels;
    }

    @Test
    void nnChainEqualsNaiveAverageLinkage() {
        PointSample s = FsNearestNeighboursTest.sample(ProjectiveHypersurface.fermatQuintic(), 80, 21);
        for (int c : new int[] {2, 5, 12}) {
            int[] fast = AverageLinkage.cluster(s.points(), 5, 0, 80, c, 2);
            int[] naive = naiveAverageLinkage(s.points(), 5, 80, c);
            assertThat(ClusterQuality.adjustedRandIndex(fast, naive)).as("C=%d", c).isEqualTo(1.0);
            assertThat(Arrays.stream(fast).max().getAsInt()).isEqualTo(c - 1);
        }
    }

    /**
     * 1,000 quintic points, 10 clusters, 5 batches (the paper's Fig. 2 setting): the literal eq. (3.3) loses and
     * double-counts points; one-to-one rules give a partition whose mean intra-cluster distance lies between full
     * clustering's and random labels'.
     */
    @Test
    void batchedClusteringQuality() {
        PointSample s = FsNearestNeighboursTest.sample(ProjectiveHypersurface.fermatQuintic(), 1000, 8);
        double[] p = s.points();
        int[] full = AverageLinkage.cluster(p, 5, 0, 1000, 10, 2);
        Clustering literal = BatchedClustering.paper(200, 10).cluster(p, 5, 1000);
        Clustering greedy = BatchedClustering.paper(200, 10).withRule(MergeRule.GREEDY).cluster(p, 5, 1000);
        Clustering sequential = BatchedClustering.paper(200, 10).withRule(MergeRule.SEQUENTIAL).cluster(p, 5, 1000);
        assertThat(literal.unassigned() + literal.duplicated()).isPositive();
        for (Clustering c : List.of(greedy, sequential)) {
            assertThat(c.unassigned()).isZero();
            assertThat(c.duplicated()).isZero();
            assertThat(Arrays.stream(c.sizes()).sum()).isEqualTo(1000);
        }
        double qFull = ClusterQuality.meanIntraClusterDistance(p, 5, full);
        double qGreedy = ClusterQuality.meanIntraClusterDistance(p, 5, greedy.labels());
        int[] random = new int[1000];
        for (int i = 0; i < 1000; i++) {
            random[i] = i % 10;
        }
        double qRandom = ClusterQuality.meanIntraClusterDistance(p, 5, random);
        assertThat(qFull).isLessThan(qGreedy);
        assertThat(qGreedy).isLessThan(qRandom);
        assertThat(ClusterQuality.adjustedRandIndex(full, greedy.labels())).isGreaterThan(0.02);
        assertThat(ClusterQuality.adjustedRandIndex(full, random)).isLessThan(0.02);
    }

    @Test
    void heatMapIsWritten() throws Exception {
        PointSample s = FsNearestNeighboursTest.sample(ProjectiveHypersurface.fermatQuintic(), 200, 8);
        int[] full = AverageLinkage.cluster(s.points(), 5, 0, 200, 4, 1);
        Path png = dir.resolve("fig2.png");
        DistanceHeatMap.write(png, s.points(), 5, 200, Arrays.asList(null, full), List.of("none", "full"));
        var img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isEqualTo(2 * 200 + 12);
        assertThat(img.getHeight()).isEqualTo(200 + 28);
    }

    @Test
    void badInputIsNamed() {
        assertThatThrownBy(() -> new BatchedClustering(5, 10, MergeRule.GREEDY, MergeLinkage.AVERAGE, 1))
                .hasMessageContaining("clusters <= batchSize");
        assertThatThrownBy(() -> AverageLinkage.cluster(new double[20], 5, 0, 2, 3, 1))
                .hasMessageContaining("clusters must be in [1, 2]");
    }
}
