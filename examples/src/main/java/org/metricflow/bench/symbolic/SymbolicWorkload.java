package org.metricflow.bench.symbolic;

import org.metricflow.symbolic.cas.Sym;

/** One symbolic derivation, timed from scratch against the SymPy peer's version of the same derivation. */
public interface SymbolicWorkload {

    /** Short label for the table, e.g. {@code (a) R of diag(a,b,c)(x,y,z), no simplification}. */
    String name();

    /** The label of the same derivation in the output of {@code bench_sympy.py}. */
    String peerLabel();

    /** Performs the derivation from scratch and returns its result(s). */
    Sym[] run();

    /**
     * Checks a result of {@link #run()} against an independent reference (not timed).
     *
     * @return a short verdict for the table, e.g. {@code R(S^3) = 6 ok}
     */
    String check(Sym[] result);
}
