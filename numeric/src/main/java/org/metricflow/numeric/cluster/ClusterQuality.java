package org.metricflow.numeric.cluster;

import org.metricflow.numeric.manifold.FubiniStudy;

/** Quality measures of a clustering of FS-distributed points. */
public final class ClusterQuality {

    private ClusterQuality() {
    }

    /**
     * Mean FS distance over all pairs of points in the same cluster (unassigned points ignored); for comparison,
     * random labels give the all-pairs mean.
     */
    public static double meanIntraClusterDistance(double[] points, int n1, int[] labels) {
        double sum = 0;
        long pairs = 0;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0) {
                continue;
            }
            for (int j = i + 1; j < labels.length; j++) {
                if (labels[j] == labels[i]) {
                    sum += FubiniStudy.distance(points, i * 2 * n1, points, j * 2 * n1, n1);
                    pairs++;
                }
            }
        }
        return pairs == 0 ? Double.NaN : sum / pairs;
    }

    /**
     * Adjusted Rand index of two labellings of the same points (1 identical partitions, ≈ 0 independent ones);
     * points unassigned in either are ignored.
     */
    public static double adjustedRandIndex(int[] a, int[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("labellings differ in length: " + a.length + " vs " + b.length);
        }
        int ka = 0;
        int kb = 0;
        for (int i = 0; i < a.length; i++) {
            ka = Math.max(ka, a[i] + 1);
            kb = Math.max(kb, b[i] + 1);
        }
        long[][] table = new long[ka][kb];
        long[] rows = new long[ka];
        long[] cols = new long[kb];
        long n = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] >= 0 && b[i] >= 0) {
                table[a[i]][b[i]]++;
                rows[a[i]]++;
                cols[b[i]]++;
                n++;
            }
        }
        double index = 0;
        for (long[] r : table) {
            for (long v : r) {
                index += pairs(v);
            }
        }
        double sa = 0;
        for (long v : rows) {
            sa += pairs(v);
        }
        double sb = 0;
        for (long v : cols) {
            sb += pairs(v);
        }
        double expected = sa * sb / pairs(n);
        double max = 0.5 * (sa + sb);
        return max == expected ? 1 : (index - expected) / (max - expected);
    }

    private static double pairs(long v) {
        return v * (v - 1) / 2.0;
    }
}
