package org.metricflow.numeric.io;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/** Typed, shape-checked access to the arrays of an archive; errors name the file, key, and expected shape. */
public final class ArrayLookup {

    /** Wildcard dimension in an expected shape. */
    public static final int ANY = -1;

    private final Map<String, NpyArray> arrays;
    private final Path file;

    public ArrayLookup(Map<String, NpyArray> arrays, Path file) {
        this.arrays = arrays;
        this.file = file;
    }

    public boolean has(String key) {
        return arrays.containsKey(key);
    }

    public NpyArray.Float64 float64(String key, int... shape) {
        return cast(key, NpyArray.Float64.class, "float64", shape);
    }

    public NpyArray.Complex128 complex128(String key, int... shape) {
        return cast(key, NpyArray.Complex128.class, "complex128", shape);
    }

    public NpyArray.Int64 int64(String key, int... shape) {
        return cast(key, NpyArray.Int64.class, "int64", shape);
    }

    private <T extends NpyArray> T cast(String key, Class<T> type, String typeName, int[] shape) {
        NpyArray a = arrays.get(key);
        if (a == null) {
            throw new IllegalArgumentException(file + ": missing array '" + key + "' (has " + arrays.keySet() + ")");
        }
        if (!type.isInstance(a)) {
            throw new IllegalArgumentException(file + ": array '" + key + "' has dtype " + a.descr() + ", expected "
                    + typeName);
        }
        int[] actual = a.shape();
        boolean ok = actual.length == shape.length;
        for (int i = 0; ok && i < shape.length; i++) {
            ok = shape[i] == ANY || shape[i] == actual[i];
        }
        if (!ok) {
            throw new IllegalArgumentException(file + ": array '" + key + "' has shape " + NpyArray.shapeText(actual)
                    + ", expected " + Arrays.toString(shape).replace("-1", "*").replace('[', '(').replace(']', ')'));
        }
        return type.cast(a);
    }
}
