package org.metricflow.symbolic.geometry;

import java.util.function.UnaryOperator;
import org.metricflow.symbolic.cas.Sym;
import org.metricflow.symbolic.cas.SymMatrices;

/** Inverse of a square matrix of expressions by cofactors: (m⁻¹)_ij = (−1)^{i+j} det(minor_ji) / det m. */
final class Cofactors {

    private Cofactors() {
    }

    /** The full inverse, each entry normalised with {@code simplify}. */
    static Sym[][] inverse(Sym[][] m, Sym det, UnaryOperator<Sym> simplify) {
        int n = m.length;
        Sym[][] out = new Sym[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                Sym cofactor = n == 1 ? Sym.ONE : SymMatrices.determinant(minor(m, j, i));
                out[i][j] = simplify.apply(((i + j) % 2 == 0 ? cofactor : cofactor.negate()).divide(det));
            }
        }
        return out;
    }

    private static Sym[][] minor(Sym[][] m, int row, int col) {
        int n = m.length;
        Sym[][] out = new Sym[n - 1][n - 1];
        for (int i = 0, r = 0; i < n; i++) {
            if (i == row) {
                continue;
            }
            for (int j = 0, c = 0; j < n; j++) {
                if (j != col) {
                    out[r][c++] = m[i][j];
                }
            }
            r++;
        }
        return out;
    }
}
