package org.metricflow.symbolic.geometry;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value computed on first use and then kept: the caching of the immutable geometry objects. There is nothing to
 * invalidate, because the object that owns a {@code Lazy} never changes. Thread-safe (double-checked locking).
 *
 * @param <T> the value type
 */
public final class Lazy<T> implements Supplier<T> {

    private final Supplier<? extends T> supplier;
    private volatile T value;

    private Lazy(Supplier<? extends T> supplier) {
        this.supplier = Objects.requireNonNull(supplier, "supplier");
    }

    /** A lazy value computed by {@code supplier} (called at most once; must not return null). */
    public static <T> Lazy<T> of(Supplier<? extends T> supplier) {
        return new Lazy<>(supplier);
    }

    @Override
    public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = Objects.requireNonNull(supplier.get(), "lazy supplier returned null");
                    value = v;
                }
            }
        }
        return v;
    }

    /** Whether the value has been computed (for tests of laziness). */
    public boolean isComputed() {
        return value != null;
    }
}
