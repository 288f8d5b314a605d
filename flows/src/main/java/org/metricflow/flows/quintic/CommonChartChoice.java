package org.metricflow.flows.quintic;

import java.util.Arrays;
import org.metricflow.numeric.manifold.Chart;
import org.metricflow.numeric.metric.CommonChartMetrics;
import org.metricflow.numeric.sample.PointSample;

/**
 * Picks the common chart of a run and the points it can hold. A kernel flow adds updates from different points in
 * one chart; where the Jacobian T from a point's own chart is badly conditioned (‖T‖_F‖T^{-1}‖_F up to 10⁶ even in
 * the best chart of 2,500 quintic points) det g in the common chart loses all its digits to cancellation (it scales
 * as |det T|^{-2}) and can even come out ≤ 0. Of all (n+1)n charts this takes the one with the fewest points above
 * the condition limit (ties: smallest worst condition number), and keeps only the points at or below it. Unlike the
 * paper's single-patch rejection (which keeps the 1/20 of X where one chart is preferred) this keeps all but a
 * small, reported part of X.
 *
 * @param chart     the chosen chart
 * @param worstCond the largest condition number over the kept points
 * @param kept      per sample, the indices of the points kept (ascending)
 */
public record CommonChartChoice(Chart chart, double worstCond, int[][] kept) {

    /** The best chart for {@code samples} with condition numbers up to {@code limit}. */
    public static CommonChartChoice best(double limit, int threads, PointSample... samples) {
        if (!(limit >= 1)) {
            throw new IllegalArgumentException("condition limit must be >= 1, got " + limit);
        }
        int n1 = samples[0].coordinates();
        CommonChartChoice best = null;
        long bestDropped = Long.MAX_VALUE;
        for (int p = 0; p < n1; p++) {
            for (int e = 0; e < n1; e++) {
                if (p == e) {
                    continue;
                }
                Chart chart = new Chart(p, e);
                int[][] kept = new int[samples.length][];
                long dropped = 0;
                double worst = 0;
                for (int s = 0; s < samples.length; s++) {
                    double[] cond = conditioning(samples[s], chart, threads);
                    int[] idx = new int[cond.length];
                    int m = 0;
                    for (int k = 0; k < cond.length; k++) {
                        if (cond[k] <= limit) {
                            idx[m++] = k;
                            worst = Math.max(worst, cond[k]);
                        }
                    }
                    kept[s] = Arrays.copyOf(idx, m);
                    dropped += cond.length - m;
                }
                if (dropped < bestDropped || dropped == bestDropped && worst < best.worstCond) {
                    bestDropped = dropped;
                    best = new CommonChartChoice(chart, worst, kept);
                }
            }
        }
        return best;
    }

    private static double[] conditioning(PointSample s, Chart chart, int threads) {
        try {
            return CommonChartMetrics.of(s, chart, threads).conditioning();
        } catch (IllegalArgumentException notInChart) {
            double[] all = new double[s.size()];
            Arrays.fill(all, Double.POSITIVE_INFINITY);
            return all;
        }
    }

    /** Number of points dropped from sample {@code s} of size {@code size}. */
    public int dropped(int s, int size) {
        return size - kept[s].length;
    }
}
