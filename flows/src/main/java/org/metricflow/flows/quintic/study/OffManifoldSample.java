package org.metricflow.flows.quintic.study;

import java.util.Arrays;
import java.util.Objects;
import org.metricflow.numeric.manifold.ProjectiveHypersurface;
import org.metricflow.numeric.sample.PointGeometry;
import org.metricflow.numeric.sample.PointSample;
import org.metricflow.numeric.sample.Rejections;

/**
 * A {@link PointSample} built from arbitrary points (on X or not): chart, Ω, restricted FS metric and weight are
 * evaluated by {@link PointGeometry} at each point exactly as the sampler does on X. Points where the geometry is not
 * finite or det g ≤ 0 are left out and {@link #source} maps the kept points back.
 *
 * @param sample the kept points
 * @param source for each kept point, its index among the input points (ascending)
 */
public record OffManifoldSample(PointSample sample, int[] source) {

    public OffManifoldSample {
        Objects.requireNonNull(sample, "sample");
        if (source.length != sample.size()) {
            throw new IllegalArgumentException("source has " + source.length + " entries for " + sample.size()
                    + " points");
        }
    }

    /**
     * @param points N × 2(n+1) points, layout of {@link PointSample}, any scaling
     * @param line   N line indices (non-decreasing), carried over to the kept points
     */
    public static OffManifoldSample of(ProjectiveHypersurface x, double[] points, int[] line) {
        int n1 = x.coordinates();
        int d = x.dimension();
        int g2 = 2 * d * d;
        int n = line.length;
        if (points.length != n * 2 * n1) {
            throw new IllegalArgumentException("points has length " + points.length + ", expected " + n * 2 * n1);
        }
        PointGeometry geo = new PointGeometry(x);
        double[] pts = new double[n * 2 * n1];
        double[] w = new double[n];
        double[] om = new double[2 * n];
        int[] patch = new int[n];
        int[] elim = new int[n];
        double[] metric = new double[n * g2];
        int[] ln = new int[n];
        int[] src = new int[n];
        int m = 0;
        for (int k = 0; k < n; k++) {
            if (!geo.load(points, k * 2 * n1) || !(geo.weight() > 0) || !Double.isFinite(geo.weight())) {
                continue;
            }
            geo.affinePoint(pts, m * 2 * n1);
            w[m] = geo.weight();
            om[2 * m] = geo.omegaRe();
            om[2 * m + 1] = geo.omegaIm();
            patch[m] = geo.patch();
            elim[m] = geo.eliminated();
            geo.metric(metric, m * g2);
            ln[m] = line[k];
            src[m++] = k;
        }
        PointSample s = new PointSample(x, Arrays.copyOf(pts, m * 2 * n1), Arrays.copyOf(w, m),
                Arrays.copyOf(om, 2 * m), Arrays.copyOf(patch, m), Arrays.copyOf(elim, m),
                Arrays.copyOf(metric, m * g2), Arrays.copyOf(ln, m), Rejections.none());
        return new OffManifoldSample(s, Arrays.copyOf(src, m));
    }

    /** a followed by b, the line indices of b shifted past those of a (b's are ≥ 0). */
    public static PointSample concatenate(PointSample a, PointSample b) {
        int shift = a.size() == 0 ? 0 : a.line()[a.size() - 1] + 1;
        int[] line = new int[a.size() + b.size()];
        System.arraycopy(a.line(), 0, line, 0, a.size());
        for (int k = 0; k < b.size(); k++) {
            line[a.size() + k] = b.line()[k] + shift;
        }
        return new PointSample(a.manifold(), cat(a.points(), b.points()), cat(a.weights(), b.weights()),
                cat(a.omega(), b.omega()), cat(a.patch(), b.patch()), cat(a.eliminated(), b.eliminated()),
                cat(a.fsMetric(), b.fsMetric()), line, a.rejections());
    }

    private static double[] cat(double[] a, double[] b) {
        double[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static int[] cat(int[] a, int[] b) {
        int[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
