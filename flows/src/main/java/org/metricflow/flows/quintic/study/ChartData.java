package org.metricflow.flows.quintic.study;

import org.metricflow.flows.quintic.HermitianComponents;
import org.metricflow.numeric.manifold.Chart;
import org.metricflow.numeric.metric.CommonChartMetrics;
import org.metricflow.numeric.metric.MongeAmpere;
import org.metricflow.numeric.metric.MongeAmpereEstimate;
import org.metricflow.numeric.sample.PointSample;

/**
 * A sample in a common chart: the FS metric as {@link HermitianComponents} (9 reals per point) and |f|² of Ω there,
 * with the σ estimator (B.11) for any metric on it.
 *
 * @param sample the points
 * @param fs     N × 9 restricted FS metric components in the chart
 * @param omega2 N values |f|²
 */
record ChartData(PointSample sample, double[] fs, double[] omega2) {

    private static final int C = HermitianComponents.COUNT;

    static ChartData of(PointSample s, Chart chart, int threads) {
        CommonChartMetrics m = CommonChartMetrics.of(s, chart, threads);
        double[] g = new double[s.size() * C];
        for (int k = 0; k < s.size(); k++) {
            HermitianComponents.fromComplex(m.metric(), k * 18, g, k * C);
        }
        return new ChartData(s, g, m.omegaAbs2());
    }

    /** det of each 3×3 Hermitian matrix in {@code g} (N × 9). */
    static double[] determinants(double[] g) {
        double[] det = new double[g.length / C];
        for (int k = 0; k < det.length; k++) {
            det[k] = HermitianComponents.determinant(g, k * C);
        }
        return det;
    }

    /** The estimate (B.10, B.11) for a metric with determinants {@code det} (one per point, this chart). */
    MongeAmpereEstimate estimate(double[] det) {
        return MongeAmpere.estimate(sample.manifold().volumeFubiniStudy(), sample.weights(), det, omega2,
                sample.line());
    }
}
