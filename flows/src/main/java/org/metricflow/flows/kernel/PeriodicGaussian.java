package org.metricflow.flows.kernel;

import org.metricflow.flows.grid.TorusFft;
import org.metricflow.flows.grid.TorusGrid;

/**
 * The normalised Gaussian G_σ of width σ on the torus T^d of a grid (see {@link org.metricflow.flows.kernel}) and
 * convolution with it: (G_σ ∗ f)(x) = ∫_{T^d} G_σ(x − x') f(x') d^dx', computed as the Fourier multiplier
 * e^{−σ²|k|²/2} on the trigonometric interpolant of f (exact for trigonometric polynomials). Not thread-safe (owns
 * FFT buffers).
 */
public final class PeriodicGaussian {

    private final TorusGrid grid;
    private final double sigma;
    private final double[] multiplier;
    private final TorusFft fft;
    private final double[] re;
    private final double[] im;

    /**
     * @param grid  the torus grid
     * @param sigma width σ &gt; 0 (in the coordinate units of T^d = R^d/(2πZ)^d)
     */
    public PeriodicGaussian(TorusGrid grid, double sigma) {
        if (!(sigma > 0) || Double.isInfinite(sigma)) {
            throw new IllegalArgumentException("kernel width sigma must be > 0 and finite, got " + sigma);
        }
        this.grid = grid;
        this.sigma = sigma;
        int points = grid.points();
        int n = grid.size();
        multiplier = new double[points];
        for (int q = 0; q < points; q++) {
            double k2 = 0;
            for (int a = 0; a < grid.dimension(); a++) {
                int k = TorusGrid.wavenumber(grid.index(q, a), n);
                k2 += (double) k * k;
            }
            multiplier[q] = Math.exp(-0.5 * sigma * sigma * k2);
        }
        fft = new TorusFft(grid);
        re = new double[points];
        im = new double[points];
    }

    public double sigma() {
        return sigma;
    }

    /**
     * Convolves fields with G_σ, two at a time (one complex FFT for a pair of real fields).
     *
     * @param in     field values, field-major, {@code count} fields of N values (not modified)
     * @param out    smoothed fields, same layout (modified; may be {@code in})
     * @param count  number of fields
     */
    public void apply(double[] in, double[] out, int count) {
        int points = grid.points();
        for (int k = 0; k < count; k += 2) {
            boolean two = k + 1 < count;
            System.arraycopy(in, k * points, re, 0, points);
            if (two) {
                System.arraycopy(in, (k + 1) * points, im, 0, points);
            } else {
                java.util.Arrays.fill(im, 0.0);
            }
            fft.forward(re, im);
            for (int q = 0; q < points; q++) {
                re[q] *= multiplier[q];
                im[q] *= multiplier[q];
            }
            fft.inverse(re, im);
            System.arraycopy(re, 0, out, k * points, points);
            if (two) {
                System.arraycopy(im, 0, out, (k + 1) * points, points);
            }
        }
    }

    /**
     * G_σ(Δ) by the sum over lattice translates Σ_m (2πσ²)^{−d/2} exp(−|Δ + 2πm|²/(2σ²)), truncated where the
     * terms fall below 10⁻¹⁸ of the leading one (independent of the Fourier form used by {@link #apply}).
     *
     * @param delta displacement, d entries (not modified)
     */
    public double value(double[] delta) {
        int d = grid.dimension();
        int reach = (int) Math.ceil(9.5 * sigma / (2 * Math.PI)) + 1;
        int[] m = new int[d];
        java.util.Arrays.fill(m, -reach);
        double norm = Math.pow(2 * Math.PI * sigma * sigma, -0.5 * d);
        double sum = 0;
        while (true) {
            double r2 = 0;
            for (int a = 0; a < d; a++) {
                double x = delta[a] + 2 * Math.PI * m[a];
                r2 += x * x;
            }
            sum += Math.exp(-0.5 * r2 / (sigma * sigma));
            int a = 0;
            while (a < d && ++m[a] > reach) {
                m[a] = -reach;
                a++;
            }
            if (a == d) {
                return norm * sum;
            }
        }
    }
}
