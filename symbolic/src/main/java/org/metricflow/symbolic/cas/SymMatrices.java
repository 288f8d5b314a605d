package org.metricflow.symbolic.cas;

import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IASTAppendable;

/** Matrix operations Symja does better than hand-written code (fraction-free determinants). */
public final class SymMatrices {

    private SymMatrices() {
    }

    /**
     * The determinant of a square matrix (row-major {@code m[i][j]}).
     *
     * @throws IllegalArgumentException for an empty or non-square matrix
     */
    public static Sym determinant(Sym[][] m) {
        int n = m.length;
        if (n == 0) {
            throw new IllegalArgumentException("determinant of an empty matrix");
        }
        IASTAppendable rows = F.ListAlloc(n);
        for (Sym[] row : m) {
            if (row.length != n) {
                throw new IllegalArgumentException("matrix must be square, got a row of length " + row.length
                        + " in a " + n + "-row matrix");
            }
            IASTAppendable r = F.ListAlloc(n);
            for (Sym s : row) {
                r.append(s.expr());
            }
            rows.append(r);
        }
        return Sym.eval(F.Det(rows));
    }
}
