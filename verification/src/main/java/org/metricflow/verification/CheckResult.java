package org.metricflow.verification;

import java.util.Objects;

/**
 * The measured outcome of one {@link Claim}.
 *
 * @param measured      the measured value (an error, an exponent, an integral: see {@code quantity})
 * @param reference     the independent reference it is compared with
 * @param tolerance     the allowed |measured − reference| (absolute, in the units of {@code quantity})
 * @param verdict       HOLDS, FAILS, ERRATUM or ERROR
 * @param quantity      what {@code measured} is, with units (e.g. "fitted exponent of error vs width")
 * @param detail        free text: sample sizes, uncertainties, the method used
 * @param correctedForm for {@link Verdict#ERRATUM}: the corrected equation; empty otherwise
 */
public record CheckResult(double measured, double reference, double tolerance, Verdict verdict,
                          String quantity, String detail, String correctedForm) {

    public CheckResult {
        Objects.requireNonNull(verdict, "verdict");
        quantity = quantity == null ? "" : quantity;
        detail = detail == null ? "" : detail;
        correctedForm = correctedForm == null ? "" : correctedForm;
        if (verdict == Verdict.ERRATUM && correctedForm.isBlank()) {
            throw new IllegalArgumentException("an ERRATUM verdict needs the corrected form");
        }
        if (!(tolerance >= 0) && verdict != Verdict.ERROR) {
            throw new IllegalArgumentException("tolerance must be >= 0, got " + tolerance);
        }
    }

    /**
     * HOLDS when |measured − reference| ≤ tolerance (and measured is finite), FAILS otherwise.
     */
    public static CheckResult compare(String quantity, double measured, double reference, double tolerance,
                                      String detail) {
        boolean ok = Double.isFinite(measured) && Math.abs(measured - reference) <= tolerance;
        return new CheckResult(measured, reference, tolerance, ok ? Verdict.HOLDS : Verdict.FAILS, quantity, detail, "");
    }

    /**
     * ERRATUM when the corrected form matches (|measured − reference| ≤ tolerance), FAILS otherwise.
     * {@code measured} is the value measured for the corrected form; {@code detail} should say what the paper's
     * form gives instead.
     */
    public static CheckResult erratum(String quantity, double measured, double reference, double tolerance,
                                      String detail, String correctedForm) {
        boolean ok = Double.isFinite(measured) && Math.abs(measured - reference) <= tolerance;
        return new CheckResult(measured, reference, tolerance, ok ? Verdict.ERRATUM : Verdict.FAILS, quantity, detail,
                correctedForm);
    }

    /** The check could not be carried out. */
    public static CheckResult error(String detail) {
        return new CheckResult(Double.NaN, Double.NaN, Double.NaN, Verdict.ERROR, "", detail, "");
    }
}
