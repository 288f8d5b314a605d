package org.metricflow.flows.analysis;

import org.metricflow.flows.grid.TorusGrid;

/** Amplitudes of single Fourier modes of a grid field (exact projections by the rectangle rule). */
public final class FourierModes {

    private FourierModes() {
    }

    /**
     * Amplitude c of c·cos(k·x) in {@code field}: c = (2/N) Σ_p f(x_p) cos(k·x_p) for k ≠ 0 (the mean for k = 0).
     * Exact for trigonometric polynomials of degree below n/2.
     *
     * @param field  values at the grid points starting at {@code offset} (not modified)
     * @param k      integer wavevector, one entry per axis
     */
    public static double cosineAmplitude(TorusGrid grid, double[] field, int offset, int... k) {
        if (k.length != grid.dimension()) {
            throw new IllegalArgumentException("wavevector needs " + grid.dimension() + " entries, got " + k.length);
        }
        boolean zero = true;
        for (int ka : k) {
            zero &= ka == 0;
        }
        int n = grid.points();
        double[] x = new double[grid.dimension()];
        double s = 0;
        for (int p = 0; p < n; p++) {
            grid.coordinates(p, x);
            double phase = 0;
            for (int a = 0; a < x.length; a++) {
                phase += k[a] * x[a];
            }
            s += field[offset + p] * Math.cos(phase);
        }
        return (zero ? 1.0 : 2.0) * s / n;
    }
}
