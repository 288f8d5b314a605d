package org.metricflow.flows.grid;

import java.util.function.ToDoubleFunction;

/**
 * A uniform grid on the flat torus T^d = R^d/(2πZ)^d with {@code size} points per axis. Layout and coordinate
 * conventions: see {@link org.metricflow.flows.grid}.
 *
 * @param dimension real dimension d, 1 ≤ d ≤ {@value #MAX_DIMENSION} (d = 2n for the complex torus C^n/Λ)
 * @param size      points per axis n: a power of two (radix-2 FFT), at least {@value #MIN_SIZE}
 */
public record TorusGrid(int dimension, int size) {

    /** Largest supported dimension (the complex torus C²/Λ needs four real dimensions). */
    public static final int MAX_DIMENSION = 4;
    /** Smallest grid: four points per axis resolve the wavenumbers |k| ≤ 1 with a Nyquist mode to spare. */
    public static final int MIN_SIZE = 4;
    /** At most 2^24 grid points (memory of a jet buffer). */
    public static final long MAX_POINTS = 1L << 24;

    public TorusGrid {
        if (dimension < 1 || dimension > MAX_DIMENSION) {
            throw new IllegalArgumentException("torus dimension must be in 1.." + MAX_DIMENSION + ", got " + dimension);
        }
        if (size < MIN_SIZE || Integer.bitCount(size) != 1) {
            throw new IllegalArgumentException("grid size must be a power of two >= " + MIN_SIZE
                    + " (radix-2 FFT), got " + size);
        }
        if (Math.pow(size, dimension) > MAX_POINTS) {
            throw new IllegalArgumentException("grid " + size + "^" + dimension + " has more than " + MAX_POINTS
                    + " points");
        }
    }

    /** Number of grid points N = n^d. */
    public int points() {
        int p = 1;
        for (int a = 0; a < dimension; a++) {
            p *= size;
        }
        return p;
    }

    /** Grid spacing h = 2π/n. */
    public double spacing() {
        return 2 * Math.PI / size;
    }

    /** Coordinate volume of one cell, h^d (the quadrature weight of every point). */
    public double cellVolume() {
        return Math.pow(spacing(), dimension);
    }

    /** Coordinate volume of the torus, (2π)^d. */
    public double volume() {
        return Math.pow(2 * Math.PI, dimension);
    }

    /** Distance in the point index between neighbours along {@code axis} (0-based): n^{d−1−axis}. */
    public int stride(int axis) {
        checkAxis(axis);
        int s = 1;
        for (int a = axis + 1; a < dimension; a++) {
            s *= size;
        }
        return s;
    }

    /** Integer index i_axis of grid point {@code point}. */
    public int index(int point, int axis) {
        return (point / stride(axis)) % size;
    }

    /** Coordinate x_{axis+1} ∈ [0, 2π) of grid point {@code point}. */
    public double coordinate(int point, int axis) {
        return spacing() * index(point, axis);
    }

    /** Writes the d coordinates of {@code point} to {@code out[0..d)} (modified). */
    public void coordinates(int point, double[] out) {
        double h = spacing();
        int rest = point;
        for (int a = dimension - 1; a >= 0; a--) {
            out[a] = h * (rest % size);
            rest /= size;
        }
    }

    /**
     * Signed wavenumber of FFT index {@code j} on an axis of {@code n} points: j for j ≤ n/2, j − n above. The
     * Nyquist index n/2 maps to +n/2.
     */
    public static int wavenumber(int j, int n) {
        return j <= n / 2 ? j : j - n;
    }

    /** Values of {@code f} at every grid point (f receives the d coordinates; its argument array is reused). */
    public double[] sample(ToDoubleFunction<double[]> f) {
        double[] out = new double[points()];
        double[] x = new double[dimension];
        for (int p = 0; p < out.length; p++) {
            coordinates(p, x);
            out[p] = f.applyAsDouble(x);
        }
        return out;
    }

    /**
     * ∫_{T^d} f d^dx by the rectangle rule h^d Σ_p f(x_p), which is exact for trigonometric polynomials of degree
     * below n (spectrally accurate for smooth f).
     *
     * @param values field values, one per point, starting at {@code offset} (not modified)
     */
    public double integrate(double[] values, int offset) {
        int n = points();
        double s = 0;
        for (int p = 0; p < n; p++) {
            s += values[offset + p];
        }
        return s * cellVolume();
    }

    private void checkAxis(int axis) {
        if (axis < 0 || axis >= dimension) {
            throw new IllegalArgumentException("axis must be in 0.." + (dimension - 1) + ", got " + axis);
        }
    }

    @Override
    public String toString() {
        return "T^" + dimension + " grid " + size + "^" + dimension;
    }
}
