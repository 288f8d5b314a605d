package org.metricflow.flows.grid;

import org.hipparchus.transform.DftNormalization;
import org.hipparchus.transform.FastFourierTransformer;
import org.hipparchus.transform.TransformType;

/**
 * The d-dimensional discrete Fourier transform on a {@link TorusGrid}: Hipparchus' radix-2
 * {@link FastFourierTransformer#transformInPlace} applied along every axis. Forward transform without scaling
 * (F_k = Σ_p f_p e^{−i k·x_p}); inverse with 1/N, so inverse(forward(f)) = f. Spectral index q has the same layout
 * as grid point q; {@link TorusGrid#wavenumber} turns its axis indices into wavenumbers.
 *
 * <p>Not thread-safe: each thread uses its own instance (it owns a line buffer). Stateless otherwise.
 */
public final class TorusFft {

    private final TorusGrid grid;
    private final int[] strides;
    private final double[][] line;

    public TorusFft(TorusGrid grid) {
        this.grid = grid;
        this.strides = new int[grid.dimension()];
        for (int a = 0; a < strides.length; a++) {
            strides[a] = grid.stride(a);
        }
        this.line = new double[2][grid.size()];
    }

    public TorusGrid grid() {
        return grid;
    }

    /** In-place forward transform of the complex array (re, im), each of length N (modified). */
    public void forward(double[] re, double[] im) {
        transform(re, im, TransformType.FORWARD);
    }

    /** In-place inverse transform (with the 1/N factor) of (re, im) (modified). */
    public void inverse(double[] re, double[] im) {
        transform(re, im, TransformType.INVERSE);
    }

    private void transform(double[] re, double[] im, TransformType type) {
        int n = grid.size();
        int total = grid.points();
        double[] lr = line[0];
        double[] li = line[1];
        for (int stride : strides) {
            int block = stride * n;
            for (int outer = 0; outer < total; outer += block) {
                for (int inner = 0; inner < stride; inner++) {
                    int base = outer + inner;
                    for (int j = 0, p = base; j < n; j++, p += stride) {
                        lr[j] = re[p];
                        li[j] = im[p];
                    }
                    FastFourierTransformer.transformInPlace(line, DftNormalization.STANDARD, type);
                    for (int j = 0, p = base; j < n; j++, p += stride) {
                        re[p] = lr[j];
                        im[p] = li[j];
                    }
                }
            }
        }
    }
}
