package org.metricflow.flows.time;

import java.util.Arrays;

/**
 * Why and where a run stopped early.
 *
 * @param reason      what went wrong
 * @param time        flow time of the offending state (the run keeps the last good state before it)
 * @param point       grid point (or state index for {@link Reason#NOT_FINITE}/{@link Reason#BLOW_UP} of the state)
 * @param coordinates coordinates of the grid point (empty when not a grid point)
 * @param value       the offending value (eigenvalue, state entry, …)
 * @param detail      free text (e.g. the integrator's message)
 */
public record GuardReport(Reason reason, double time, int point, double[] coordinates, double value, String detail) {

    /** The reasons a run stops early. */
    public enum Reason {
        /** The smallest eigenvalue of g fell to the guard's minimum: the metric degenerates. */
        NOT_POSITIVE_DEFINITE,
        /** The largest eigenvalue of g or an entry of the state exceeded the guard's maximum. */
        BLOW_UP,
        /** A NaN or infinity appeared. */
        NOT_FINITE,
        /** The integrator gave up (minimal step, evaluation budget). */
        INTEGRATOR_FAILURE
    }

    public GuardReport {
        coordinates = coordinates.clone();
        detail = detail == null ? "" : detail;
    }

    /** One line: reason, time, point and value. */
    public String message() {
        String where = point < 0 ? "" : " at point " + point
                + (coordinates.length > 0 ? " x=" + Arrays.toString(coordinates) : "");
        return reason + " at t=" + time + where + " (value " + value + ")" + (detail.isEmpty() ? "" : ": " + detail);
    }

    @Override
    public double[] coordinates() {
        return coordinates.clone();
    }
}
