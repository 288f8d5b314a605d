package org.metricflow.numeric.io;

import java.util.Arrays;
import java.util.Objects;

/**
 * An n-dimensional NumPy array in C (row-major) order, one of the three element types metricflow exchanges:
 * {@code <f8} ({@link Float64}), {@code <c16} ({@link Complex128}, stored interleaved re, im) and {@code <i8}
 * ({@link Int64}). A shape of length 0 is a scalar.
 */
public sealed interface NpyArray permits NpyArray.Float64, NpyArray.Complex128, NpyArray.Int64 {

    /** The shape (a copy). */
    int[] shape();

    /** NumPy's descr string, e.g. {@code "<f8"}. */
    String descr();

    /** Number of elements (product of the shape; 1 for a scalar). */
    default long elements() {
        long n = 1;
        for (int s : shape()) {
            n *= s;
        }
        return n;
    }

    /** float64 array. */
    record Float64(int[] shape, double[] data) implements NpyArray {
        public Float64 {
            shape = checkedShape(shape, Objects.requireNonNull(data, "data").length, 1);
        }

        @Override
        public int[] shape() {
            return shape.clone();
        }

        @Override
        public String descr() {
            return "<f8";
        }
    }

    /** complex128 array; {@code data} holds 2 × elements doubles, interleaved (re, im). */
    record Complex128(int[] shape, double[] data) implements NpyArray {
        public Complex128 {
            shape = checkedShape(shape, Objects.requireNonNull(data, "data").length, 2);
        }

        @Override
        public int[] shape() {
            return shape.clone();
        }

        @Override
        public String descr() {
            return "<c16";
        }
    }

    /** int64 array. */
    record Int64(int[] shape, long[] data) implements NpyArray {
        public Int64 {
            shape = checkedShape(shape, Objects.requireNonNull(data, "data").length, 1);
        }

        @Override
        public int[] shape() {
            return shape.clone();
        }

        @Override
        public String descr() {
            return "<i8";
        }

        /** The data as ints, failing on values outside the int range. */
        public int[] toInts() {
            int[] out = new int[data.length];
            for (int i = 0; i < data.length; i++) {
                if (data[i] < Integer.MIN_VALUE || data[i] > Integer.MAX_VALUE) {
                    throw new IllegalArgumentException("value " + data[i] + " at index " + i + " exceeds the int range");
                }
                out[i] = (int) data[i];
            }
            return out;
        }
    }

    /** An int64 array holding {@code values} (convenience for writers). */
    static Int64 ofInts(int[] shape, int[] values) {
        long[] v = new long[values.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = values[i];
        }
        return new Int64(shape, v);
    }

    /** Shape as text, NumPy style: {@code ()}, {@code (3,)}, {@code (3, 4)}. */
    static String shapeText(int[] shape) {
        if (shape.length == 1) {
            return "(" + shape[0] + ",)";
        }
        return Arrays.toString(shape).replace('[', '(').replace(']', ')');
    }

    /** Validates {@code shape} (non-negative dimensions) against a data array of {@code length} values, {@code
     * perElement} per element; returns a defensive copy of the shape. */
    private static int[] checkedShape(int[] shape, int length, int perElement) {
        Objects.requireNonNull(shape, "shape");
        long n = perElement;
        for (int s : shape) {
            if (s < 0) {
                throw new IllegalArgumentException("array dimensions must be >= 0, got shape " + shapeText(shape));
            }
            n *= s;
        }
        if (n != length) {
            throw new IllegalArgumentException("shape " + shapeText(shape) + " needs " + n + " values, got " + length);
        }
        return shape.clone();
    }
}
