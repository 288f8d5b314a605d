package org.metricflow.numeric.metric;

import org.metricflow.numeric.Parallel;
import org.metricflow.numeric.manifold.ProjectiveHypersurface;
import org.metricflow.numeric.sample.PointGeometry;

/**
 * The restricted Fubini–Study metric, its determinant and |Ω|² at many points at once (each point in its automatic
 * chart, as {@link PointGeometry}), in parallel chunks — the input of {@link MongeAmpere#estimate} for
 * points that arrive without precomputed geometry (e.g. from a file or another sampler).
 */
public final class FubiniStudyPullback {

    private static final int CHUNK = 8192;

    private FubiniStudyPullback() {
    }

    /**
     * @param points    N × 2(n+1), layout of {@link org.metricflow.numeric.manifold}
     * @param det       output: det g_FS per point (N)
     * @param omegaAbs2 output: |f|² per point (N)
     * @param metric    output: g_{ab̄} per point (N × 2d², interleaved), or null to skip storing it
     * @throws IllegalArgumentException naming the first point where Ω or g is not finite
     */
    public static void compute(ProjectiveHypersurface x, double[] points, int threads, double[] det,
                               double[] omegaAbs2, double[] metric) {
        int n1 = x.coordinates();
        int n = det.length;
        int g2 = 2 * x.dimension() * x.dimension();
        if (points.length != n * 2 * n1 || omegaAbs2.length != n || (metric != null && metric.length != n * g2)) {
            throw new IllegalArgumentException("array lengths do not match " + n + " points of " + n1
                    + " coordinates: points " + points.length + ", omegaAbs2 " + omegaAbs2.length);
        }
        Parallel.forEachChunk((n + CHUNK - 1) / CHUNK, threads, c -> {
            PointGeometry g = new PointGeometry(x);
            for (int k = c * CHUNK; k < Math.min(n, (c + 1) * CHUNK); k++) {
                if (!g.load(points, k * 2 * n1)) {
                    throw new IllegalArgumentException("Omega or g_FS is not finite at point " + k + " of "
                            + x.name());
                }
                det[k] = g.det();
                omegaAbs2[k] = g.omegaAbs2();
                if (metric != null) {
                    g.metric(metric, k * g2);
                }
            }
        });
    }
}
