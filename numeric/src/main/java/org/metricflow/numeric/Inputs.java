package org.metricflow.numeric;

/** Argument checks shared by networks and kernels: messages name the parameter, the value and the valid range. */
public final class Inputs {

    private Inputs() {
    }

    /** Checks that {@code data[off .. off+len)} exists and holds only finite numbers. */
    public static void requireFinite(String name, double[] data, int off, int len) {
        requireSlice(name, data, off, len);
        for (int i = off; i < off + len; i++) {
            if (!Double.isFinite(data[i])) {
                throw new IllegalArgumentException(name + "[" + i + "] must be finite, got " + data[i]);
            }
        }
    }

    /** Checks a parameter vector for {@code Network.withParameters}: exactly {@code count} finite values. */
    public static void requireParameters(double[] theta, int count) {
        if (theta == null || theta.length != count) {
            throw new IllegalArgumentException("theta must have length " + count + ", got "
                    + (theta == null ? "null" : theta.length));
        }
        requireFinite("theta", theta, 0, count);
    }

    /** Checks that {@code data[off .. off+len)} exists. */
    public static void requireSlice(String name, double[] data, int off, int len) {
        if (data == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        if (off < 0 || len < 0 || off > data.length - len) {
            throw new IllegalArgumentException(name + " needs " + len + " values from offset " + off
                    + " but has length " + data.length);
        }
    }

    /** Checks that a flat array holds exactly {@code n} points of dimension {@code dim} (length n·dim), all finite. */
    public static int requirePoints(String name, double[] points, int dim) {
        if (points == null || points.length % dim != 0) {
            throw new IllegalArgumentException(name + " must hold whole points of dimension " + dim + ", got length "
                    + (points == null ? "null" : points.length));
        }
        requireFinite(name, points, 0, points.length);
        return points.length / dim;
    }

    /** Checks σ-type scales: finite and strictly positive. */
    public static double requirePositive(String name, double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be finite and > 0, got " + value);
        }
        return value;
    }

    /** Checks finite and ≥ 0. */
    public static double requireNonNegative(String name, double value) {
        if (!(value >= 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be finite and >= 0, got " + value);
        }
        return value;
    }

    /** Checks an integer lies in [min, max]. */
    public static int requireRange(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be in " + min + ".." + max + ", got " + value);
        }
        return value;
    }
}
