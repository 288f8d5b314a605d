package org.metricflow.numeric.metric;

import java.util.Objects;
import org.metricflow.numeric.Parallel;
import org.metricflow.numeric.manifold.Chart;
import org.metricflow.numeric.sample.PointGeometry;
import org.metricflow.numeric.sample.PointSample;

/**
 * Every point of a sample expressed in one common chart — what a kernel flow that adds metric updates from
 * different points needs (paper §3.1: "transform the metric at each point into the same coordinate system").
 * The common chart is valid wherever z_patch ≠ 0 and ∂p/∂z_eliminated ≠ 0 (almost everywhere), but it is badly
 * conditioned where those are small; {@code conditioning} reports ‖T‖_F‖T^{-1}‖_F per point so that a caller can
 * see (or drop) such points. Arrays use the layouts of {@link PointSample}.
 *
 * @param chart        the common chart
 * @param metric       N × 2d²: restricted FS metric g_{ab̄} in the common chart (computed directly in that chart)
 * @param omega        N × 2: Ω coefficient f in the common chart
 * @param jacobian     N × 2d²: T_{ab} = ∂x_common,b/∂x_own,a from each point's own chart ({@link ChartTransform})
 * @param conditioning N: Frobenius condition number of T
 */
public record CommonChartMetrics(Chart chart, double[] metric, double[] omega, double[] jacobian,
                                 double[] conditioning) {

    public CommonChartMetrics {
        Objects.requireNonNull(chart, "chart");
        int n = conditioning.length;
        if (omega.length != 2 * n || metric.length != jacobian.length || metric.length % Math.max(1, n) != 0) {
            throw new IllegalArgumentException("inconsistent array lengths: metric " + metric.length + ", omega "
                    + omega.length + ", jacobian " + jacobian.length + ", conditioning " + n);
        }
    }

    /**
     * Expresses every point of {@code sample} in {@code chart}.
     *
     * @throws IllegalArgumentException naming the first point the chart does not contain (z_patch = 0 or
     *                                  ∂p/∂z_eliminated = 0 there)
     */
    public static CommonChartMetrics of(PointSample sample, Chart chart, int threads) {
        chart.requireFits(sample.coordinates());
        int n = sample.size();
        int n1 = sample.coordinates();
        int d = sample.dimension();
        int g2 = 2 * d * d;
        double[] metric = new double[n * g2];
        double[] omega = new double[2 * n];
        double[] jac = new double[n * g2];
        double[] cond = new double[n];
        int chunk = 4096;
        int chunks = (n + chunk - 1) / chunk;
        double[] pts = sample.points();
        Parallel.forEachChunk(chunks, threads, c -> {
            PointGeometry own = new PointGeometry(sample.manifold());
            PointGeometry common = new PointGeometry(sample.manifold());
            ChartTransform tr = new ChartTransform(d);
            for (int k = c * chunk; k < Math.min(n, (c + 1) * chunk); k++) {
                own.load(pts, k * 2 * n1, sample.chart(k));
                boolean ok = tr.jacobian(own, chart, jac, k * g2) && common.load(pts, k * 2 * n1, chart);
                if (!ok) {
                    throw new IllegalArgumentException("chart " + chart + " does not contain sample point " + k
                            + " (z_patch = 0 or dp/dz_eliminated = 0 there)");
                }
                common.metric(metric, k * g2);
                omega[2 * k] = common.omegaRe();
                omega[2 * k + 1] = common.omegaIm();
                cond[k] = tr.conditionNumber(jac, k * g2);
            }
        });
        return new CommonChartMetrics(chart, metric, omega, jac, cond);
    }

    /** Number of points. */
    public int size() {
        return conditioning.length;
    }

    /** |f|² at every point (N values, common chart). */
    public double[] omegaAbs2() {
        double[] out = new double[size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = PointSample.abs2(omega, k);
        }
        return out;
    }

    @Override
    public String toString() {
        return "CommonChartMetrics[" + size() + " points in " + chart + "]";
    }
}
