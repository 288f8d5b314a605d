package org.metricflow.numeric.kernel;

import java.util.Arrays;
import java.util.Objects;
import org.metricflow.numeric.manifold.FubiniStudy;
import org.metricflow.numeric.Inputs;

/**
 * Θ(z, z') = k(d_FS(z, z'); σ), a distance kernel on P^n with the Fubini–Study distance of eq. (3.2) and a
 * {@link DistanceProfile}: eq. (3.5) as printed (exponential) or a true Gaussian. Points are 2(n+1) reals
 * [Re z_0..Re z_n, Im z_0..Im z_n] (the manifold package layout), not necessarily normalised.
 *
 * <p>{@link #value} is exact (stable distance of {@link FubiniStudy#distance}, then the profile). The tiled
 * {@link #row} used by the operators pre-normalises points once, computes cos²d = |⟨u, v⟩|² with vectorisable loops and
 * evaluates the profile from a {@link TabulatedProfile} in s = 1 − cos d, with neither arccos nor exp per entry.
 * Where the profile is sensitive to the cancellation in 1 − cos d (small d for the exponential profile, narrow
 * Gaussians), s is recomputed as sin²d/(1 + cos d) with sin²d from Lagrange's identity, so coincident points do not
 * suffer the √ε error of eq. (3.4). Absolute error of a row entry: the measured table
 * error {@link #tableError()} plus rounding, ≤ 1e-14 (tested; k(0) = 1). Immutable; the table is built in about a
 * millisecond.
 */
public final class FubiniStudyKernel implements TiledKernel {

    private final int homogeneousCoordinates;
    private final DistanceProfile profile;
    private final double sigma;
    private final TabulatedProfile table;

    /**
     * @param homogeneousCoordinates n + 1 ≥ 2 (5 for P^4)
     * @param profile                the radial profile
     * @param sigma                  σ > 0 (radians of FS distance)
     */
    public FubiniStudyKernel(int homogeneousCoordinates, DistanceProfile profile, double sigma) {
        this.homogeneousCoordinates = Inputs.requireRange("homogeneousCoordinates", homogeneousCoordinates, 2, 1 << 10);
        this.profile = Objects.requireNonNull(profile, "profile");
        this.sigma = Inputs.requirePositive("sigma", sigma);
        this.table = new TabulatedProfile(profile, sigma);
    }

    /** n + 1. */
    public int homogeneousCoordinates() {
        return homogeneousCoordinates;
    }

    /** The radial profile. */
    public DistanceProfile profile() {
        return profile;
    }

    /** σ (radians). */
    public double sigma() {
        return sigma;
    }

    /** Bound on the absolute error of a tiled entry: the measured table error, or the flush level if larger. */
    public double tableError() {
        return Math.max(table.maxError(), TabulatedProfile.FLUSH);
    }

    @Override
    public String toString() {
        return "FubiniStudyKernel[" + profile + ", sigma=" + sigma + ", n+1=" + homogeneousCoordinates + "]";
    }

    @Override
    public int inputDimension() {
        return 2 * homogeneousCoordinates;
    }

    @Override
    public double value(double[] x, int xOff, double[] y, int yOff) {
        return profile.value(FubiniStudy.distance(x, xOff, y, yOff, homogeneousCoordinates), sigma);
    }

    /**
     * Unit-normalised points in column tiles: {@code re[t][c][j]}, {@code im[t][c][j]} hold Re/Im of coordinate c of
     * point t·TILE + j (structure of arrays within each tile; the last tile is zero-padded).
     */
    record FsPoints(int size, double[][][] re, double[][][] im) implements PreparedPoints {

        double re(int c, int i) {
            return re[i / TILE][c][i % TILE];
        }

        double im(int c, int i) {
            return im[i / TILE][c][i % TILE];
        }
    }

    @Override
    public FsPoints prepare(double[] points) {
        return prepareUnit(points, homogeneousCoordinates);
    }

    /** Validates and unit-normalises points of P^n (n1 = n + 1 homogeneous coordinates). */
    static FsPoints prepareUnit(double[] points, int n1) {
        int n = Inputs.requirePoints("points", points, 2 * n1);
        int tiles = (n + TILE - 1) / TILE;
        double[][][] re = new double[tiles][n1][TILE];
        double[][][] im = new double[tiles][n1][TILE];
        for (int i = 0; i < n; i++) {
            double norm2 = 0;
            for (int k = 0; k < 2 * n1; k++) {
                norm2 += points[i * 2 * n1 + k] * points[i * 2 * n1 + k];
            }
            if (!(norm2 > 0)) {
                throw new IllegalArgumentException("point " + i + " of projective space is zero");
            }
            double s = 1 / Math.sqrt(norm2);
            for (int c = 0; c < n1; c++) {
                re[i / TILE][c][i % TILE] = s * points[i * 2 * n1 + c];
                im[i / TILE][c][i % TILE] = s * points[i * 2 * n1 + n1 + c];
            }
        }
        return new FsPoints(n, re, im);
    }

    /**
     * cos² d(x_a, y_b) = |⟨u_a, v_b⟩|² for the points b of column tile {@code tile} into {@code out[0 .. TILE)};
     * {@code scratch} holds the imaginary parts. Short loops with equal indices on both sides, so that C2 vectorises
     * them (a body over all coordinates exceeds its loop-unrolling limit and stays scalar, 4× slower).
     */
    static void cosSquared(FsPoints x, int a, FsPoints y, int tile, double[] out, double[] scratch) {
        double[][] vre = y.re()[tile];
        double[][] vim = y.im()[tile];
        int n1 = vre.length;
        // ⟨u, v⟩ = Σ_c conj(u_c) v_c = Σ (ur vr + ui vi) + i Σ (ur vi − ui vr), two coordinates per pass
        Arrays.fill(out, 0, TILE, 0.0);
        Arrays.fill(scratch, 0, TILE, 0.0);
        int c = 0;
        for (; c + 1 < n1; c += 2) {
            double ur0 = x.re(c, a);
            double ui0 = x.im(c, a);
            double ur1 = x.re(c + 1, a);
            double ui1 = x.im(c + 1, a);
            double[] vr0 = vre[c];
            double[] vi0 = vim[c];
            double[] vr1 = vre[c + 1];
            double[] vi1 = vim[c + 1];
            for (int j = 0; j < TILE; j++) {
                out[j] += ur0 * vr0[j] + ui0 * vi0[j] + ur1 * vr1[j] + ui1 * vi1[j];
            }
            for (int j = 0; j < TILE; j++) {
                scratch[j] += ur0 * vi0[j] - ui0 * vr0[j] + ur1 * vi1[j] - ui1 * vr1[j];
            }
        }
        if (c < n1) {
            double ur = x.re(c, a);
            double ui = x.im(c, a);
            double[] vr = vre[c];
            double[] vi = vim[c];
            for (int j = 0; j < TILE; j++) {
                out[j] += ur * vr[j] + ui * vi[j];
            }
            for (int j = 0; j < TILE; j++) {
                scratch[j] += ur * vi[j] - ui * vr[j];
            }
        }
        for (int j = 0; j < TILE; j++) {
            out[j] = out[j] * out[j] + scratch[j] * scratch[j];
        }
    }

    /**
     * sin² d = 1 − |⟨u, v⟩|² by Lagrange's identity, Σ_{i<j} |u_i v_j − u_j v_i|² for unit u, v: relative accuracy
     * O(ε) even for coincident points (where 1 − |⟨u, v⟩|² cancels catastrophically, eq. (3.4)).
     */
    static double sinSquared(FsPoints x, int a, FsPoints y, int b) {
        int n1 = y.re()[0].length;
        double sum = 0;
        for (int i = 0; i < n1; i++) {
            double uir = x.re(i, a);
            double uii = x.im(i, a);
            double vir = y.re(i, b);
            double vii = y.im(i, b);
            for (int j = i + 1; j < n1; j++) {
                double ujr = x.re(j, a);
                double uji = x.im(j, a);
                double vjr = y.re(j, b);
                double vji = y.im(j, b);
                double re = (uir * vjr - uii * vji) - (ujr * vir - uji * vii);
                double im = (uir * vji + uii * vjr) - (ujr * vii + uji * vir);
                sum += re * re + im * im;
            }
        }
        return Math.min(1.0, sum);
    }

    /** min of v[0 .. len) (four running minima; the rare recomputation above is then skipped in a single test). */
    private static double smallest(double[] v, int len) {
        double m0 = Double.POSITIVE_INFINITY;
        double m1 = m0;
        double m2 = m0;
        double m3 = m0;
        int j = 0;
        for (; j + 3 < len; j += 4) {
            m0 = Math.min(m0, v[j]);
            m1 = Math.min(m1, v[j + 1]);
            m2 = Math.min(m2, v[j + 2]);
            m3 = Math.min(m3, v[j + 3]);
        }
        for (; j < len; j++) {
            m0 = Math.min(m0, v[j]);
        }
        return Math.min(Math.min(m0, m1), Math.min(m2, m3));
    }

    @Override
    public int scratchPerEntry() {
        return 1;
    }

    @Override
    public void row(PreparedPoints xs, int a, PreparedPoints ys, int tile, double[] out, double[] scratch) {
        FsPoints x = (FsPoints) xs;
        FsPoints y = (FsPoints) ys;
        cosSquared(x, a, y, tile, out, scratch);
        for (int j = 0; j < TILE; j++) {
            out[j] = Math.max(0.0, 1.0 - Math.sqrt(out[j])); // s = 1 − cos d
        }
        int len = TiledKernel.tileLength(y, tile);
        double accurate = table.accurateBelow();
        if (accurate > 0 && smallest(out, len) < accurate) {
            for (int j = 0; j < len; j++) {
                if (out[j] < accurate) {
                    // 1 − cos d = sin²d/(1 + cos d) with sin²d from Lagrange's identity: no cancellation
                    double q = sinSquared(x, a, y, tile * TILE + j);
                    out[j] = q / (1.0 + Math.sqrt(1.0 - q));
                }
            }
        }
        table.apply(out, len);
    }
}
