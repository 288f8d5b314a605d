package org.metricflow.numeric.cluster;

import java.util.Objects;

/**
 * An assignment of N points to clusters 0..clusters−1.
 *
 * @param labels     cluster of each point; −1 for a point no cluster received (possible only under
 *                   {@link MergeRule#PAPER_LITERAL})
 * @param clusters   number of clusters
 * @param unassigned points left without a cluster
 * @param duplicated points that belong to more than one cluster (their label is the first one)
 */
public record Clustering(int[] labels, int clusters, int unassigned, int duplicated) {

    public Clustering {
        Objects.requireNonNull(labels, "labels");
        if (clusters < 1) {
            throw new IllegalArgumentException("clusters must be >= 1, got " + clusters);
        }
        for (int l : labels) {
            if (l < -1 || l >= clusters) {
                throw new IllegalArgumentException("label " + l + " outside [-1, " + clusters + ")");
            }
        }
    }

    /** Number of points per cluster. */
    public int[] sizes() {
        int[] s = new int[clusters];
        for (int l : labels) {
            if (l >= 0) {
                s[l]++;
            }
        }
        return s;
    }

    @Override
    public String toString() {
        return "Clustering[" + labels.length + " points, " + clusters + " clusters, " + unassigned + " unassigned, "
                + duplicated + " duplicated]";
    }
}
