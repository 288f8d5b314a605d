package org.metricflow.verification;

/** Outcome of checking one claim. */
public enum Verdict {
    /** The claim, as the paper states it, holds within the stated tolerance. */
    HOLDS,
    /** The claim does not hold and no corrected form is known to the project. */
    FAILS,
    /** The paper's form fails; the corrected form (recorded in docs/ERRATA.md) holds. */
    ERRATUM,
    /** The check itself could not be carried out (an exception); never counts as success. */
    ERROR;

    /** True for verdicts that count as a successful check (the paper's or the corrected form holds). */
    public boolean passed() {
        return this == HOLDS || this == ERRATUM;
    }
}
