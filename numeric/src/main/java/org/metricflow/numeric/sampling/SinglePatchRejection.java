package org.metricflow.numeric.sampling;

import java.util.Objects;
import org.metricflow.numeric.manifold.Chart;

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
        int n1 = sample.coordinates();
        int g2 = 2 * sample.dimension() * sample.dimension();
        double[] pts = new double[kept * 2 * n1];
        double[] w = new double[kept];
        double[] om = new double[2 * kept];
        int[] patch = new int[kept];
        int[] elim = new int[kept];
        double[] metric = new double[kept * g2];
        int[] line = new int[kept];
        for (int j = 0; j < kept; j++) {
            int k = idx[j];
            System.arraycopy(sample.points(), k * 2 * n1, pts, j * 2 * n1, 2 * n1);
            w[j] = sample.weights()[k];
            om[2 * j] = sample.omega()[2 * k];
            om[2 * j + 1] = sample.omega()[2 * k + 1];
            patch[j] = chart.patch();
            elim[j] = chart.eliminated();
            System.arraycopy(sample.fsMetric(), k * g2, metric, j * g2, g2);
            line[j] = sample.line()[k];
        }
        return new PointSample(sample.manifold(), pts, w, om, patch, elim, metric, line, sample.rejections());
    }
}
