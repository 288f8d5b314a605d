package org.metricflow.numeric.kernel;

import java.util.Arrays;
import java.util.Objects;
import org.metricflow.numeric.manifold.FubiniStudy;
import org.metricflow.numeric.nn.Inputs;

/**
 * Θ(z, z') = k(d_FS(z, z'); σ), a distance kernel on P^n with the Fubini–Study distance of eq. (3.2) and a
 * {@link DistanceProfile}: eq. (3.5) as printed (exponential) or a true Gaussian. Points are 2(n+1) reals
 * [Re z_0..Re z_n, Im z_0..Im z_n] (the manifold package layout), not necessarily normalised.
 *
 * <p>{@link #value} is exact (stable distance of {@link FubiniStudy#distance}, then the profile). The tiled
 * {@link #row} used by the operators pre-normalises points once, computes cos²d = |⟨u, v⟩|² with vectorisable loops and
 * evaluates the profile from a {@link TabulatedProfile} in t = √(1 − cos d), with neither arccos nor exp per entry.
 * Where d < π/4 (cos²d > ½), 1 − cos d is computed from sin²d by Lagrange's identity, so t has relative accuracy
 * O(ε) down to coincident points (no √ε error as in eq. (3.4)). Absolute error of a row entry: the measured table
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

    /** Unit-normalised points as structure-of-arrays re[c][i], im[c][i]. */
    record FsPoints(int size, double[][] re, double[][] im) implements PreparedPoints {
    }

    @Override
    public FsPoints prepare(double[] points) {
        return prepareUnit(points, homogeneousCoordinates);
    }

    /** Validates and unit-normalises points of P^n (n1 = n + 1 homogeneous coordinates). */
    static FsPoints prepareUnit(double[] points, int n1) {
        int n = Inputs.requirePoints("points", points, 2 * n1);
        double[][] re = new double[n1][n];
        double[][] im = new double[n1][n];
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
                re[c][i] = s * points[i * 2 * n1 + c];
                im[c][i] = s * points[i * 2 * n1 + n1 + c];
            }
        }
        return new FsPoints(n, re, im);
    }

    /**
     * cos² d(x_a, y_b) = |⟨u_a, v_b⟩|² for b0 ≤ b < b1 into {@code out[0 .. len)}; {@code scratch} holds the
     * imaginary parts. Loops run over b innermost so that they vectorise.
     */
    static void cosSquared(FsPoints x, int a, FsPoints y, int b0, int b1, double[] out, double[] scratch) {
        int len = b1 - b0;
        Arrays.fill(out, 0, len, 0.0);
        Arrays.fill(scratch, 0, len, 0.0);
        // ⟨u, v⟩ = Σ_c conj(u_c) v_c = Σ (ur vr + ui vi) + i Σ (ur vi − ui vr)
        for (int c = 0; c < x.re().length; c++) {
            double ur = x.re()[c][a];
            double ui = x.im()[c][a];
            double[] vr = y.re()[c];
            double[] vi = y.im()[c];
            for (int j = 0; j < len; j++) {
                double r = vr[b0 + j];
                double i = vi[b0 + j];
                out[j] += ur * r + ui * i;
                scratch[j] += ur * i - ui * r;
            }
        }
        for (int j = 0; j < len; j++) {
            out[j] = out[j] * out[j] + scratch[j] * scratch[j];
        }
    }

    /**
     * sin² d = 1 − |⟨u, v⟩|² by Lagrange's identity, Σ_{i<j} |u_i v_j − u_j v_i|² for unit u, v: relative accuracy
     * O(ε) even for coincident points (where 1 − |⟨u, v⟩|² cancels catastrophically, eq. (3.4)).
     */
    static double sinSquared(FsPoints x, int a, FsPoints y, int b) {
        int n1 = x.re().length;
        double sum = 0;
        for (int i = 0; i < n1; i++) {
            double uir = x.re()[i][a];
            double uii = x.im()[i][a];
            double vir = y.re()[i][b];
            double vii = y.im()[i][b];
            for (int j = i + 1; j < n1; j++) {
                double ujr = x.re()[j][a];
                double uji = x.im()[j][a];
                double vjr = y.re()[j][b];
                double vji = y.im()[j][b];
                double re = (uir * vjr - uii * vji) - (ujr * vir - uji * vii);
                double im = (uir * vji + uii * vjr) - (ujr * vii + uji * vir);
                sum += re * re + im * im;
            }
        }
        return Math.min(1.0, sum);
    }

    @Override
    public int scratchPerEntry() {
        return 1;
    }

    @Override
    public void row(PreparedPoints xs, int a, PreparedPoints ys, int b0, int b1, double[] out, double[] scratch) {
        FsPoints x = (FsPoints) xs;
        FsPoints y = (FsPoints) ys;
        int len = b1 - b0;
        cosSquared(x, a, y, b0, b1, out, scratch);
        for (int j = 0; j < len; j++) {
            double c2 = out[j];
            double t;
            if (c2 > 0.5) {
                // d < π/4: 1 − cos d from sin²d computed without cancellation
                double q = sinSquared(x, a, y, b0 + j);
                t = Math.sqrt(q / (1.0 + Math.sqrt(1.0 - q)));
            } else {
                t = Math.sqrt(1.0 - Math.sqrt(c2));
            }
            out[j] = t;
        }
        table.apply(out, len);
    }
}
