package org.metricflow.numeric.kahler;

import java.lang.management.ManagementFactory;

/** CPU time of this JVM process (all threads), for reporting work on a shared machine. */
public final class CpuTime {

    private CpuTime() {
    }

    /** Process CPU time in nanoseconds (−1 when the platform does not report it). */
    public static long now() {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getProcessCpuTime();
        }
        return -1;
    }

    /** CPU seconds since {@code start} (a value of {@link #now()}), NaN when unavailable. */
    public static double since(long start) {
        long now = now();
        return start < 0 || now < 0 ? Double.NaN : (now - start) * 1e-9;
    }
}
