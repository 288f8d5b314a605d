package org.metricflow.verification;

/**
 * How much work a check may do. {@link #QUICK} is the reduced budget for CI ({@code verify --quick});
 * {@link #FULL} the default. Checks scale sample sizes, grid sizes and widths with {@link #scale(int, int)}.
 *
 * @param quick   whether the reduced budget is in force
 * @param seed    base seed for every random generator a check creates (same seed, same report)
 * @param mutated whether the check must plant its {@linkplain Claim#mutation() declared error} (see
 *                {@link #planted(Object, Object)}); false in every ordinary run
 */
public record Budget(boolean quick, long seed, boolean mutated) {

    public static final Budget QUICK = new Budget(true, 20240101L);
    public static final Budget FULL = new Budget(false, 20240101L);

    /** An ordinary (not mutated) budget. */
    public Budget(boolean quick, long seed) {
        this(quick, seed, false);
    }

    /** Picks {@code quickValue} under the quick budget and {@code fullValue} otherwise. */
    public int scale(int quickValue, int fullValue) {
        return quick ? quickValue : fullValue;
    }

    /** A copy with another base seed. */
    public Budget withSeed(long newSeed) {
        return new Budget(quick, newSeed, mutated);
    }

    /** The same budget with the planted error switched on. */
    public Budget withMutation() {
        return new Budget(quick, seed, true);
    }

    /** {@code mutant} under a mutated budget, {@code normal} otherwise: where a check plants its error. */
    public <T> T planted(T normal, T mutant) {
        return mutated ? mutant : normal;
    }

    /** Double-valued {@link #planted(Object, Object)}. */
    public double planted(double normal, double mutant) {
        return mutated ? mutant : normal;
    }
}
