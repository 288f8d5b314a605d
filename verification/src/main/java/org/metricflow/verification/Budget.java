package org.metricflow.verification;

/**
 * How much work a check may do. {@link #QUICK} is the reduced budget for CI ({@code verify --quick});
 * {@link #FULL} the default. Checks scale sample sizes, grid sizes and widths with {@link #scale(int, int)}.
 *
 * @param quick whether the reduced budget is in force
 * @param seed  base seed for every random generator a check creates (same seed, same report)
 */
public record Budget(boolean quick, long seed) {

    public static final Budget QUICK = new Budget(true, 20240101L);
    public static final Budget FULL = new Budget(false, 20240101L);

    /** Picks {@code quickValue} under the quick budget and {@code fullValue} otherwise. */
    public int scale(int quickValue, int fullValue) {
        return quick ? quickValue : fullValue;
    }

    /** A copy with another base seed. */
    public Budget withSeed(long newSeed) {
        return new Budget(quick, newSeed);
    }
}
