package org.metricflow.verification;

import java.util.Objects;

/**
 * The measured outcome of one {@link Claim}.
 *
 * @param measured         the measured value (an error, an exponent, an integral: see {@code quantity})
 * @param reference        the independent reference it is compared with
 * @param tolerance        the allowed |measured − reference| (absolute, in the units of {@code quantity})
 * @param verdict          HOLDS, FAILS, ERRATUM or ERROR
 * @param quantity         what {@code measured} is, with units (e.g. "fitted exponent of error vs width")
 * @param detail           free text: sample sizes, uncertainties, the method used
 * @param correctedForm    for {@link Verdict#ERRATUM}: the corrected equation; empty otherwise
 * @param comparedWith     what was compared with what: the implementation's route and the independent reference's
 *                         route (e.g. "Java sampler, 10^5 points vs NumPy reference, 4·10^7 points"); empty if unstated
 * @param toleranceBasis   where the tolerance comes from (an error estimate: "4 standard errors", "double rounding
 *                         of a 10⁻⁷ difference", "fit residual"); empty if unstated
 * @param printedDeviation for {@link Verdict#ERRATUM}: the measured deviation of the paper's printed form from the
 *                         reference (the
 *                         units of {@code quantity}, compared with {@code tolerance}); NaN when not measured
 * @param printedQuantity  what {@code printedDeviation} is (e.g. "printed (B.13) / finite differences − 1")
 */
public record CheckResult(double measured, double reference, double tolerance, Verdict verdict,
                          String quantity, String detail, String correctedForm, String comparedWith,
                          String toleranceBasis, double printedDeviation, String printedQuantity) {

    public CheckResult {
        Objects.requireNonNull(verdict, "verdict");
        quantity = quantity == null ? "" : quantity;
        detail = detail == null ? "" : detail;
        correctedForm = correctedForm == null ? "" : correctedForm;
        comparedWith = comparedWith == null ? "" : comparedWith;
        toleranceBasis = toleranceBasis == null ? "" : toleranceBasis;
        printedQuantity = printedQuantity == null ? "" : printedQuantity;
        if (verdict == Verdict.ERRATUM && correctedForm.isBlank()) {
            throw new IllegalArgumentException("an ERRATUM verdict needs the corrected form");
        }
        if (!(tolerance >= 0) && verdict != Verdict.ERROR) {
            throw new IllegalArgumentException("tolerance must be >= 0, got " + tolerance);
        }
    }

    /** A result without the basis fields (see {@link #withBasis} and {@link #withPrinted}). */
    public CheckResult(double measured, double reference, double tolerance, Verdict verdict, String quantity,
                       String detail, String correctedForm) {
        this(measured, reference, tolerance, verdict, quantity, detail, correctedForm, "", "", Double.NaN, "");
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
     * form gives instead, and {@link #withPrinted} records its measured deviation.
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

    /** This result with what was compared with what, and where the tolerance comes from. */
    public CheckResult withBasis(String compared, String toleranceFrom) {
        return new CheckResult(measured, reference, tolerance, verdict, quantity, detail, correctedForm, compared,
                toleranceFrom, printedDeviation, printedQuantity);
    }

    /**
     * This result with the printed form's measured deviation. An ERRATUM needs the printed form to be off: when
     * the deviation is within the tolerance, the verdict becomes FAILS (the erratum would not be shown).
     */
    public CheckResult withPrinted(double deviation, String what) {
        Verdict v = verdict == Verdict.ERRATUM && !(Math.abs(deviation) > tolerance) ? Verdict.FAILS : verdict;
        return new CheckResult(measured, reference, tolerance, v, quantity, detail, correctedForm, comparedWith,
                toleranceBasis, deviation, what);
    }
}
