package org.metricflow.numeric.cluster;

import java.util.Arrays;
import org.metricflow.numeric.Parallel;
import org.metricflow.numeric.manifold.FubiniStudy;

/**
 * Agglomerative clustering with average linkage (UPGMA, sklearn's {@code linkage="average"}) on the FS distance,
 * by the nearest-neighbour-chain algorithm on a condensed distance matrix: O(N²) time, 4N² bytes of memory
 * (N(N−1)/2 doubles). Average linkage is reducible, so sorting the chain's merges by height gives the dendrogram;
 * cutting it after N − C merges gives C clusters, labelled in order of their first point.
 */
public final class AverageLinkage {

    private AverageLinkage() {
    }

    /**
     * Clusters points {@code from .. from+count−1} of {@code points} (layout of
     * {@link org.metricflow.numeric.manifold}) into {@code clusters} clusters.
     */
    public static int[] cluster(double[] points, int n1, int from, int count, int clusters, int threads) {
        if (clusters < 1 || clusters > count) {
            throw new IllegalArgumentException("clusters must be in [1, " + count + "], got " + clusters);
        }
        if (count > 46_000) {
            throw new IllegalArgumentException("full average-linkage clustering of " + count + " points needs "
                    + 4L * count * count / 1_000_000 + " MB; use mini-batches (BatchedClustering)");
        }
        double[] d = condensed(points, n1, from, count, threads);
        int[][] merges = nnChain(d, count);
        return cut(merges, count, clusters);
    }

    /** Condensed upper triangle: entry (i, j), i &lt; j, at index i·N − i(i+1)/2 + j − i − 1. */
    static double[] condensed(double[] points, int n1, int from, int n, int threads) {
        double[] d = new double[n * (n - 1) / 2];
        int chunk = 64;
        Parallel.forEachChunk((n + chunk - 1) / chunk, threads, c -> {
            for (int i = c * chunk; i < Math.min(n, (c + 1) * chunk); i++) {
                int base = index(i, i + 1, n);
                for (int j = i + 1; j < n; j++) {
                    d[base + j - i - 1] = FubiniStudy.distance(points, (from + i) * 2 * n1, points,
                            (from + j) * 2 * n1, n1);
                }
            }
        });
        return d;
    }

    static int index(int i, int j, int n) {
        return i * n - i * (i + 1) / 2 + j - i - 1;
    }

    private static double get(double[] d, int i, int j, int n) {
        return i < j ? d[index(i, j, n)] : d[index(j, i, n)];
    }

    private static void set(double[] d, int i, int j, int n, double v) {
        d[i < j ? index(i, j, n) : index(j, i, n)] = v;
    }

    /** Merges (a, b) as slot ids (each slot id is a member point of its cluster), in the order found. */
    private static int[][] nnChain(double[] d, int n) {
        boolean[] active = new boolean[n];
        Arrays.fill(active, true);
        int[] size = new int[n];
        Arrays.fill(size, 1);
        int[][] merges = new int[n - 1][];
        double[] heights = new double[n - 1];
        int[] chain = new int[n];
        int top = 0;
        int made = 0;
        int next = 0;
        while (made < n - 1) {
            if (top == 0) {
                while (!active[next]) {
                    next++;
                }
                chain[top++] = next;
            }
            int a = chain[top - 1];
            int prev = top > 1 ? chain[top - 2] : -1;
            int b = prev;
            double best = prev >= 0 ? get(d, a, prev, n) : Double.POSITIVE_INFINITY;
            for (int c = 0; c < n; c++) {
                if (active[c] && c != a) {
                    double v = get(d, a, c, n);
                    if (v < best) {
                        best = v;
                        b = c;
                    }
                }
            }
            if (b == prev) {
                top -= 2;
                heights[made] = best;
                merges[made++] = new int[] {a, b};
                // merge a into b (Lance–Williams, average linkage)
                for (int c = 0; c < n; c++) {
                    if (active[c] && c != a && c != b) {
                        double v = (size[a] * get(d, a, c, n) + size[b] * get(d, b, c, n)) / (size[a] + size[b]);
                        set(d, b, c, n, v);
                    }
                }
                size[b] += size[a];
                active[a] = false;
            } else {
                chain[top++] = b;
            }
        }
        Integer[] order = new Integer[n - 1];
        for (int i = 0; i < n - 1; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Double.compare(heights[x], heights[y]));
        int[][] sorted = new int[n - 1][];
        for (int i = 0; i < n - 1; i++) {
            sorted[i] = merges[order[i]];
        }
        return sorted;
    }

    private static int[] cut(int[][] merges, int n, int clusters) {
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int m = 0; m < n - clusters; m++) {
            parent[find(parent, merges[m][0])] = find(parent, merges[m][1]);
        }
        int[] labelOfRoot = new int[n];
        Arrays.fill(labelOfRoot, -1);
        int[] labels = new int[n];
        int next = 0;
        for (int i = 0; i < n; i++) {
            int r = find(parent, i);
            if (labelOfRoot[r] < 0) {
                labelOfRoot[r] = next++;
            }
            labels[i] = labelOfRoot[r];
        }
        return labels;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
