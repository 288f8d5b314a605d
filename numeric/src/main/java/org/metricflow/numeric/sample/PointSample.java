package org.metricflow.numeric.sample;

import java.util.Arrays;
import java.util.Objects;
import org.metricflow.numeric.manifold.Chart;
import org.metricflow.numeric.manifold.ProjectiveHypersurface;

/**
 * N points on a hypersurface X (dimension d, n+1 homogeneous coordinates) drawn from the Fubini–Study measure,
 * with everything needed to integrate against μ_Ω = |Ω|² d^{2d}x. Arrays are shared, not copied: do not modify them.
 *
 * <p>Layouts (k = point index):
 * <ul>
 * <li>{@code points}: N × 2(n+1), row k = [Re u_0..Re u_n, Im u_0..Im u_n] (cymetric), u = z/z_patch so u_patch = 1.</li>
 * <li>{@code weights}: N, w_k = |f_k|²/det g_FS = dμ_Ω/dvol_FS (chart independent), so that for FS-uniform points
 *     ∫_X F μ_Ω ≈ Vol_FS · mean_k(F_k w_k) with Vol_FS = {@link ProjectiveHypersurface#volumeFubiniStudy()}.</li>
 * <li>{@code omega}: N × 2, interleaved (Re f_k, Im f_k), Ω = f dx_1∧…∧dx_d in the point's chart.</li>
 * <li>{@code patch}, {@code eliminated}: N, the point's chart ({@link Chart}).</li>
 * <li>{@code fsMetric}: N × 2d², g_{ab̄} of the restricted FS metric (g = (1/π)∂∂̄ ln|z|²) in the point's chart,
 *     interleaved complex, row-major: entry (a, b) at [k·2d² + 2(a·d + b)] (+1 for the imaginary part).</li>
 * <li>{@code line}: N, non-decreasing index of the random line each point came from (points of one line are
 *     correlated; error bars treat lines as the independent units).</li>
 * </ul>
 *
 * @param manifold   the hypersurface
 * @param points     patch-normalised points
 * @param weights    w = |Ω|²/det g_FS, finite and positive
 * @param omega      Ω coefficient per point
 * @param patch      patch index per point
 * @param eliminated eliminated coordinate per point
 * @param fsMetric   restricted FS metric per point
 * @param line       line index per point, non-decreasing
 * @param rejections book-keeping of the sampling run
 */
public record PointSample(ProjectiveHypersurface manifold, double[] points, double[] weights, double[] omega,
                          int[] patch, int[] eliminated, double[] fsMetric, int[] line, Rejections rejections) {

    public PointSample {
        Objects.requireNonNull(manifold, "manifold");
        Objects.requireNonNull(rejections, "rejections");
        int n = weights.length;
        int n1 = manifold.coordinates();
        int d = manifold.dimension();
        requireLength("points", points.length, (long) n * 2 * n1);
        requireLength("omega", omega.length, 2L * n);
        requireLength("patch", patch.length, n);
        requireLength("eliminated", eliminated.length, n);
        requireLength("fsMetric", fsMetric.length, (long) n * 2 * d * d);
        requireLength("line", line.length, n);
        for (int k = 0; k < n; k++) {
            if (!(weights[k] > 0) || !Double.isFinite(weights[k])) {
                throw new IllegalArgumentException("weight " + k + " must be finite and > 0, got " + weights[k]);
            }
            if (k > 0 && line[k] < line[k - 1]) {
                throw new IllegalArgumentException("line indices must be non-decreasing; line[" + k + "] = " + line[k]
                        + " < " + line[k - 1]);
            }
            if (patch[k] < 0 || patch[k] >= n1 || eliminated[k] < 0 || eliminated[k] >= n1
                    || patch[k] == eliminated[k]) {
                throw new IllegalArgumentException("point " + k + " has an invalid chart (patch " + patch[k]
                        + ", eliminated " + eliminated[k] + ") for " + n1 + " coordinates");
            }
        }
    }

    private static void requireLength(String name, int actual, long expected) {
        if (actual != expected) {
            throw new IllegalArgumentException(name + " has length " + actual + ", expected " + expected);
        }
    }

    /** Number N of points. */
    public int size() {
        return weights.length;
    }

    /** Number n+1 of homogeneous coordinates. */
    public int coordinates() {
        return manifold.coordinates();
    }

    /** Complex dimension d of X. */
    public int dimension() {
        return manifold.dimension();
    }

    /** Chart of point k. */
    public Chart chart(int k) {
        return new Chart(patch[k], eliminated[k]);
    }

    /** |f_k|². */
    public double omegaAbs2(int k) {
        return abs2(omega, k);
    }

    /** |z_k|² = Re² + Im² of entry k of an interleaved (Re, Im) complex array: the one place |Ω|² is computed. */
    public static double abs2(double[] interleaved, int k) {
        return interleaved[2 * k] * interleaved[2 * k] + interleaved[2 * k + 1] * interleaved[2 * k + 1];
    }

    /** Number of distinct lines. */
    public int lines() {
        int count = 0;
        for (int k = 0; k < line.length; k++) {
            if (k == 0 || line[k] != line[k - 1]) {
                count++;
            }
        }
        return count;
    }

    /**
     * κ = Vol_FS/Vol_Ω estimated as 1/mean(w), the constant of J_FS^d/d! = κ|Ω|² on average (cymetric's
     * {@code compute_kappa}); error bars in {@code metric.MongeAmpere}.
     */
    public double kappa() {
        return 1 / Arrays.stream(weights).average().orElse(Double.NaN);
    }

    /** The first {@code count} points (copies). */
    public PointSample head(int count) {
        if (count < 0 || count > size()) {
            throw new IllegalArgumentException("head size must be in [0, " + size() + "], got " + count);
        }
        int n1 = coordinates();
        int d = dimension();
        return new PointSample(manifold, Arrays.copyOf(points, count * 2 * n1), Arrays.copyOf(weights, count),
                Arrays.copyOf(omega, 2 * count), Arrays.copyOf(patch, count), Arrays.copyOf(eliminated, count),
                Arrays.copyOf(fsMetric, count * 2 * d * d), Arrays.copyOf(line, count), rejections);
    }

    /** The points at {@code indices}, in that order (copies; indices in [0, size), line order preserved if sorted). */
    public PointSample select(int[] indices) {
        int n1 = coordinates();
        int g2 = 2 * dimension() * dimension();
        int m = indices.length;
        double[] pts = new double[m * 2 * n1];
        double[] w = new double[m];
        double[] om = new double[2 * m];
        int[] pa = new int[m];
        int[] el = new int[m];
        double[] metric = new double[m * g2];
        int[] li = new int[m];
        for (int j = 0; j < m; j++) {
            int k = indices[j];
            if (k < 0 || k >= size()) {
                throw new IllegalArgumentException("index " + k + " must be in [0, " + size() + ")");
            }
            System.arraycopy(points, k * 2 * n1, pts, j * 2 * n1, 2 * n1);
            w[j] = weights[k];
            om[2 * j] = omega[2 * k];
            om[2 * j + 1] = omega[2 * k + 1];
            pa[j] = patch[k];
            el[j] = eliminated[k];
            System.arraycopy(fsMetric, k * g2, metric, j * g2, g2);
            li[j] = line[k];
        }
        return new PointSample(manifold, pts, w, om, pa, el, metric, li, rejections);
    }

    @Override
    public String toString() {
        return "PointSample[" + size() + " points on " + manifold.name() + ", " + rejections.total() + " rejected]";
    }
}
