package org.metricflow.numeric.cluster;

import java.util.Arrays;
import java.util.Objects;
import org.metricflow.numeric.Parallel;
import org.metricflow.numeric.manifold.FubiniStudy;

/**
 * The paper's batched clustering (§3.1): split N points into B = ⌈N/M⌉ mini-batches of M consecutive points,
 * cluster each into C clusters by {@link AverageLinkage}, then join every cluster of batch I ≥ 2 to a cluster of
 * batch 1 by the {@link MergeRule} with the {@link MergeLinkage} cost. Eq. (3.3) printed as
 * c_α = ∪_I min[max_β d_FS(c^1_α, c^I_β)] is garbled (min and max of numbers, not a cluster); read as intended it is
 * c_α = c^1_α ∪ ⋃_{I≥2} c^I_{β_I(α)}, β_I(α) = argmin_β max_{x∈c^1_α, y∈c^I_β} d_FS(x, y), and taken literally per α
 * it is not a partition ({@link MergeRule#PAPER_LITERAL}); the one-to-one rules fix that.
 *
 * @param batchSize M (≥ clusters)
 * @param clusters  C
 * @param rule      merge rule
 * @param linkage   merge cost
 * @param threads   worker threads
 */
public record BatchedClustering(int batchSize, int clusters, MergeRule rule, MergeLinkage linkage, int threads) {

    public BatchedClustering {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(linkage, "linkage");
        if (clusters < 1 || batchSize < clusters) {
            throw new IllegalArgumentException("need 1 <= clusters <= batchSize, got clusters " + clusters
                    + " and batchSize " + batchSize);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
    }

    /** The paper's setting: complete-linkage cost, literal rule. */
    public static BatchedClustering paper(int batchSize, int clusters) {
        return new BatchedClustering(batchSize, clusters, MergeRule.PAPER_LITERAL, MergeLinkage.COMPLETE,
                Parallel.defaultThreads());
    }

    public BatchedClustering withRule(MergeRule newRule) {
        return new BatchedClustering(batchSize, clusters, newRule, linkage, threads);
    }

    public BatchedClustering withLinkage(MergeLinkage newLinkage) {
        return new BatchedClustering(batchSize, clusters, rule, newLinkage, threads);
    }

    /** Clusters the first {@code count} points (layout of {@link org.metricflow.numeric.manifold}). */
    public Clustering cluster(double[] points, int n1, int count) {
        if (count < batchSize) {
            throw new IllegalArgumentException("need at least one full batch: count " + count + " < batchSize "
                    + batchSize);
        }
        int batches = (count + batchSize - 1) / batchSize;
        int[][] local = new int[batches][];
        for (int b = 0; b < batches; b++) {
            int from = b * batchSize;
            int size = Math.min(batchSize, count - from);
            local[b] = AverageLinkage.cluster(points, n1, from, size, Math.min(clusters, size), threads);
        }
        int[] labels = new int[count];
        int[] times = new int[count];
        System.arraycopy(local[0], 0, labels, 0, batchSize);
        Arrays.fill(times, 0, batchSize, 1);
        for (int i = batchSize; i < count; i++) {
            labels[i] = -1;
        }
        for (int b = 1; b < batches; b++) {
            int from = b * batchSize;
            int size = Math.min(batchSize, count - from);
            int cb = Math.min(clusters, size);
            double[][] cost = cost(points, n1, local[0], 0, local[b], from, cb);
            int[][] chosen = assign(cost, cb);
            for (int i = 0; i < size; i++) {
                int beta = local[b][i];
                for (int alpha : chosen[beta]) {
                    if (times[from + i]++ == 0) {
                        labels[from + i] = alpha;
                    }
                }
            }
        }
        int unassigned = 0;
        int duplicated = 0;
        for (int i = 0; i < count; i++) {
            unassigned += times[i] == 0 ? 1 : 0;
            duplicated += times[i] > 1 ? 1 : 0;
        }
        return new Clustering(labels, clusters, unassigned, duplicated);
    }

    /** cost[α][β] between cluster α of the first batch and cluster β of the batch at {@code from}. */
    private double[][] cost(double[] points, int n1, int[] first, int firstFrom, int[] other, int from, int cb) {
        double[][] c = new double[clusters][cb];
        long[][] pairs = new long[clusters][cb];
        int size = other.length;
        double[][][] part = new double[threads][clusters][cb];
        long[][][] partPairs = new long[threads][clusters][cb];
        int chunks = threads;
        Parallel.forEachChunk(chunks, threads, t -> {
            for (int i = t; i < first.length; i += chunks) {
                int a = first[i];
                for (int j = 0; j < size; j++) {
                    int b = other[j];
                    double d = FubiniStudy.distance(points, (firstFrom + i) * 2 * n1, points, (from + j) * 2 * n1, n1);
                    if (linkage == MergeLinkage.COMPLETE) {
                        part[t][a][b] = Math.max(part[t][a][b], d);
                    } else {
                        part[t][a][b] += d;
                        partPairs[t][a][b]++;
                    }
                }
            }
        });
        for (int t = 0; t < threads; t++) {
            for (int a = 0; a < clusters; a++) {
                for (int b = 0; b < cb; b++) {
                    c[a][b] = linkage == MergeLinkage.COMPLETE ? Math.max(c[a][b], part[t][a][b])
                            : c[a][b] + part[t][a][b];
                    pairs[a][b] += partPairs[t][a][b];
                }
            }
        }
        if (linkage == MergeLinkage.AVERAGE) {
            for (int a = 0; a < clusters; a++) {
                for (int b = 0; b < cb; b++) {
                    c[a][b] /= pairs[a][b];
                }
            }
        }
        return c;
    }

    /** For each β of the other batch, the α (zero, one or several) it joins. */
    private int[][] assign(double[][] cost, int cb) {
        int[] count = new int[cb];
        int[][] pick = new int[clusters][];
        switch (rule) {
            case PAPER_LITERAL -> {
                for (int a = 0; a < clusters; a++) {
                    int best = 0;
                    for (int b = 1; b < cb; b++) {
                        best = cost[a][b] < cost[a][best] ? b : best;
                    }
                    pick[a] = new int[] {best};
                }
            }
            case SEQUENTIAL -> {
                boolean[] taken = new boolean[cb];
                for (int a = 0; a < clusters; a++) {
                    int best = -1;
                    for (int b = 0; b < cb; b++) {
                        if (!taken[b] && (best < 0 || cost[a][b] < cost[a][best])) {
                            best = b;
                        }
                    }
                    pick[a] = best < 0 ? new int[0] : new int[] {best};
                    if (best >= 0) {
                        taken[best] = true;
                    }
                }
            }
            case GREEDY -> {
                boolean[] doneA = new boolean[clusters];
                boolean[] doneB = new boolean[cb];
                Arrays.fill(pick, new int[0]);
                for (int round = 0; round < Math.min(clusters, cb); round++) {
                    int ba = -1;
                    int bb = -1;
                    for (int a = 0; a < clusters; a++) {
                        for (int b = 0; b < cb; b++) {
                            if (!doneA[a] && !doneB[b] && (ba < 0 || cost[a][b] < cost[ba][bb])) {
                                ba = a;
                                bb = b;
                            }
                        }
                    }
                    doneA[ba] = true;
                    doneB[bb] = true;
                    pick[ba] = new int[] {bb};
                }
            }
            default -> throw new IllegalStateException(rule.toString());
        }
        for (int[] p : pick) {
            for (int b : p) {
                count[b]++;
            }
        }
        int[][] byBeta = new int[cb][];
        for (int b = 0; b < cb; b++) {
            byBeta[b] = new int[count[b]];
        }
        int[] fill = new int[cb];
        for (int a = 0; a < clusters; a++) {
            for (int b : pick[a]) {
                byBeta[b][fill[b]++] = a;
            }
        }
        return byBeta;
    }
}
