package org.metricflow.flows.quintic;

/**
 * How a kernel flow stores and restricts its frozen kernel. The kernel never changes during a flow, so its matrices
 * (training N×N, prediction M×N, or their cluster blocks) are formed once when they fit the memory budget and then
 * applied by matrix products; otherwise every step recomputes the entries matrix-free (O(N) memory). Clusters make the
 * kernel block diagonal (paper §3.1): a point sees only the training points of its own cluster.
 *
 * @param denseBytes budget in bytes for the precomputed kernel matrices (8 bytes per entry); 0 = always matrix-free;
 *                   at most a third of the JVM's maximum heap
 * @param clusters   C ≥ 1 (1 = the exact kernel), or {@link #AUTO_CLUSTERS}: 1 up to {@link #AUTO_THRESHOLD}
 *                   training points, ⌈N/{@value #POINTS_PER_CLUSTER}⌉ above (the paper's ~5,000 points per cluster)
 * @param batchSize  mini-batch size M ≥ 2 of the batched clustering (the paper used 10,000; average linkage needs
 *                   4M² bytes)
 */
public record OperatorOptions(long denseBytes, int clusters, int batchSize) {

    /** Cluster count chosen from the number of training points. */
    public static final int AUTO_CLUSTERS = 0;
    /** Above this many training points {@link #AUTO_CLUSTERS} clusters the kernel. */
    public static final int AUTO_THRESHOLD = 20_000;
    /** Target cluster size of {@link #AUTO_CLUSTERS}. */
    public static final int POINTS_PER_CLUSTER = 5_000;
    /** Default budget for precomputed kernel matrices: 1 GiB (a 11,585² matrix). */
    public static final long DEFAULT_DENSE_BYTES = 1L << 30;
    /** Default mini-batch size: 5,000 points (100 MB of condensed distances per batch). */
    public static final int DEFAULT_BATCH = 5_000;

    public OperatorOptions {
        long cap = Runtime.getRuntime().maxMemory() / 3;
        if (denseBytes < 0 || denseBytes > cap) {
            throw new IllegalArgumentException("kernel memory must be in [0, " + cap / (1 << 20) + "] MiB (a third of"
                    + " the maximum heap; raise it with -Xmx), got " + denseBytes / (1 << 20) + " MiB");
        }
        if (clusters < 0) {
            throw new IllegalArgumentException("clusters must be >= 1 (or 0 = automatic), got " + clusters);
        }
        if (batchSize < 2) {
            throw new IllegalArgumentException("cluster batch size must be >= 2, got " + batchSize);
        }
    }

    /** 1 GiB (capped at a third of the heap), automatic clusters, batches of 5,000. */
    public static OperatorOptions defaults() {
        return new OperatorOptions(Math.min(DEFAULT_DENSE_BYTES, Runtime.getRuntime().maxMemory() / 3),
                AUTO_CLUSTERS, DEFAULT_BATCH);
    }

    public OperatorOptions withDenseBytes(long bytes) {
        return new OperatorOptions(bytes, clusters, batchSize);
    }

    public OperatorOptions withClusters(int c) {
        return new OperatorOptions(denseBytes, c, batchSize);
    }

    public OperatorOptions withBatchSize(int m) {
        return new OperatorOptions(denseBytes, clusters, m);
    }

    /** The number of clusters for N training points (at most N). */
    public int clustersFor(int n) {
        int c = clusters != AUTO_CLUSTERS ? clusters
                : n <= AUTO_THRESHOLD ? 1 : (n + POINTS_PER_CLUSTER - 1) / POINTS_PER_CLUSTER;
        if (c > n) {
            throw new IllegalArgumentException("clusters must be <= the " + n + " training points, got " + c);
        }
        return c;
    }
}
