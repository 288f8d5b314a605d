package org.metricflow.cli;

import java.util.Locale;

/**
 * Refuses, before anything is allocated, a request whose estimated memory exceeds what this JVM may use, so that a
 * too-large {@code --points}, width or file fails with the estimate instead of an {@code OutOfMemoryError}.
 */
final class MemoryBudget {

    /** Fraction of the maximum heap a single request may take (the rest is for the code, the JIT and temporaries). */
    static final double FRACTION = 0.8;

    private MemoryBudget() {
    }

    /** Bytes a request may take: {@value #FRACTION} of the JVM's maximum heap. */
    static long limit() {
        return (long) (FRACTION * Runtime.getRuntime().maxMemory());
    }

    /**
     * Requires {@code bytes} to fit the {@link #limit()}.
     *
     * @param what names the request, e.g. "--points 2000000000"
     * @throws IllegalArgumentException with the estimate and the limit
     */
    static void require(String what, double bytes) {
        if (!(bytes <= limit())) {
            throw new IllegalArgumentException(what + " needs about " + human(bytes) + " of memory, more than the "
                    + human(limit()) + " this JVM may use (" + (int) (100 * FRACTION) + "% of -Xmx; raise it with "
                    + "METRICFLOW_JAVA_OPTS=-Xmx...)");
        }
    }

    /** A byte count as "1.2 GB". */
    static String human(double bytes) {
        String[] units = {"B", "kB", "MB", "GB", "TB", "PB", "EB"};
        int u = 0;
        while (bytes >= 1000 && u < units.length - 1) {
            bytes /= 1000;
            u++;
        }
        return String.format(Locale.ROOT, u == 0 ? "%.0f %s" : "%.1f %s", bytes, units[u]);
    }
}
