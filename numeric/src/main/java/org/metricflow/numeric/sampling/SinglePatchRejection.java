package org.metricflow.numeric.sampling;

import java.util.Arrays;
import java.util.Objects;
import org.metricflow.numeric.manifold.Chart;
import org.metricflow.numeric.sample.PointSample;

/**
 * The paper's §3.1 work-around for metrics in different charts: keep only the points whose preferred chart is one
 * given chart (the paper over-samples ~20× for the quintic's 20 charts). Weights are unchanged, so the kept points
 * sample μ_FS and μ_Ω restricted to the region R_c where that chart is preferred — not all of X. Integrals over X
 * follow only for quantities invariant under a symmetry group permuting the charts transitively (true for the
 * Fermat and Dwork quintics and the FS metric, false in general); {@code metric.CommonChartMetrics} avoids the
 * restriction altogether.
 */
public final class SinglePatchRejection {

    private SinglePatchRejection() {
    }

    /** The points of {@code sample} whose own chart is {@code chart}, in their original order (copies). */
    public static PointSample restrict(PointSample sample, Chart chart) {
        Objects.requireNonNull(chart, "chart");
        chart.requireFits(sample.coordinates());
        int n = sample.size();
        int kept = 0;
        int[] idx = new int[n];
        for (int k = 0; k < n; k++) {
            if (sample.patch()[k] == chart.patch() && sample.eliminated()[k] == chart.eliminated()) {
                idx[kept++] = k;
            }
        }
        return sample.select(Arrays.copyOf(idx, kept));
    }
}
