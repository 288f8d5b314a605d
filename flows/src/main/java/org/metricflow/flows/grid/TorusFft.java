package org.metricflow.flows.grid;

import org.metricflow.numeric.Parallel;
import org.hipparchus.transform.DftNormalization;
import org.hipparchus.transform.FastFourierTransformer;
import org.hipparchus.transform.TransformType;

/**
 * The d-dimensional discrete Fourier transform on a {@link TorusGrid}: Hipparchus' radix-2
 * {@link FastFourierTransformer#transformInPlace} applied along every axis, the lines of an axis split over
 * workers. Forward transform without scaling (F_k = Σ_p f_p e^{−i k·x_p}); inverse with 1/N, so
 * inverse(forward(f)) = f. Spectral index q has the same layout as grid point q; {@link TorusGrid#wavenumber} turns
 * its axis indices into wavenumbers.
 *
 * <p>{@link #inverseAxis} fuses a per-axis multiplier (i k)^m with the one-dimensional inverse transform along one
 * axis, reading one array pair and writing another: the building block of spectral derivatives.
 *
 * <p>Not thread-safe (it owns one line buffer per worker).
 */
public final class TorusFft {

    private final TorusGrid grid;
    private final int workers;
    private final double[][][] lines;
    /** powers[m][j] = k_j^m with the Nyquist rule: zero for odd m at j = n/2. */
    private final double[][] powers;

    /** A transform run by one worker. */
    public TorusFft(TorusGrid grid) {
        this(grid, 1);
    }

    /** @param workers worker threads for the line transforms, 1..256 */
    public TorusFft(TorusGrid grid, int workers) {
        this.grid = grid;
        this.workers = Parallel.check(workers);
        this.lines = new double[workers][2][grid.size()];
        int n = grid.size();
        this.powers = new double[5][n];
        for (int m = 0; m < powers.length; m++) {
            for (int j = 0; j < n; j++) {
                boolean oddNyquist = j == n / 2 && m % 2 == 1;
                powers[m][j] = oddNyquist ? 0 : Math.pow(TorusGrid.wavenumber(j, n), m);
            }
        }
    }

    public TorusGrid grid() {
        return grid;
    }

    /** In-place forward transform of the complex array (re, im), each of length N (modified). */
    public void forward(double[] re, double[] im) {
        for (int a = grid.dimension() - 1; a >= 0; a--) {
            pass(re, im, re, im, a, 0, false);
        }
    }

    /** In-place inverse transform (with the 1/N factor) of (re, im) (modified). */
    public void inverse(double[] re, double[] im) {
        for (int a = grid.dimension() - 1; a >= 0; a--) {
            pass(re, im, re, im, a, 0, true);
        }
    }

    /**
     * One-dimensional inverse transform along {@code axis} of (i k_axis)^{order} times the input: the spectral
     * derivative of order {@code order} along that axis combined with the inverse transform there (with the Nyquist
     * rule of {@link org.metricflow.flows.grid}). Input and output may be the same arrays.
     *
     * @param order derivative order 0..4
     */
    public void inverseAxis(double[] srcRe, double[] srcIm, double[] dstRe, double[] dstIm, int axis, int order) {
        pass(srcRe, srcIm, dstRe, dstIm, axis, order, true);
    }

    /**
     * The inverse runs Hipparchus' forward transform on the conjugate, conj(F(conj x))/n, so the 1/n and the
     * derivative factor i^m k^m are applied in the copy into the line buffer and no normalisation pass is needed.
     */
    private void pass(double[] srcRe, double[] srcIm, double[] dstRe, double[] dstIm, int axis, int order,
                      boolean inverse) {
        int n = grid.size();
        int stride = grid.stride(axis);
        int lineCount = grid.points() / n;
        double[] k = powers[order];
        double scale = inverse ? 1.0 / n : 1.0;
        // i^m = (cr, ci); the inverse conjugates the input: conj(i^m z) is read as (cr·zr − ci·zi, −(cr·zi + ci·zr))
        double cr = (order & 1) == 0 ? ((order & 2) == 0 ? 1 : -1) : 0;
        double ci = (order & 1) == 1 ? ((order & 2) == 0 ? 1 : -1) : 0;
        double sign = inverse ? -1 : 1;
        Parallel.run(Math.min(workers, lineCount), w -> {
            int used = Math.min(workers, lineCount);
            double[] lr = lines[w][0];
            double[] li = lines[w][1];
            for (int line = Parallel.from(lineCount, used, w); line < Parallel.from(lineCount, used, w + 1); line++) {
                int base = (line / stride) * stride * n + line % stride;
                for (int j = 0, p = base; j < n; j++, p += stride) {
                    double f = scale * k[j];
                    double zr = srcRe[p];
                    double zi = srcIm[p];
                    lr[j] = f * (cr * zr - ci * zi);
                    li[j] = sign * f * (cr * zi + ci * zr);
                }
                FastFourierTransformer.transformInPlace(lines[w], DftNormalization.STANDARD, TransformType.FORWARD);
                for (int j = 0, p = base; j < n; j++, p += stride) {
                    dstRe[p] = lr[j];
                    dstIm[p] = sign * li[j];
                }
            }
        });
    }
}
