package org.metricflow.numeric.metric;

import org.ejml.data.Complex_F64;
import org.ejml.data.ZMatrixRMaj;
import org.ejml.dense.row.decompose.lu.LUDecompositionAlt_ZDRM;

/**
 * Determinant of a Hermitian d×d matrix stored as interleaved complex numbers, row-major:
 * entry (a, b) at {@code [off + 2(a·d + b)]} (real) and {@code [off + 2(a·d + b) + 1]} (imaginary).
 * Explicit cofactor formulas for d ≤ 3 (only the upper triangle is read); EJML's complex LU for d ≥ 4.
 * A workspace: one instance per thread.
 */
public final class HermitianDeterminant {

    private final int d;
    private final ZMatrixRMaj work;
    private final LUDecompositionAlt_ZDRM lu;

    /** @param d matrix size, ≥ 1 */
    public HermitianDeterminant(int d) {
        if (d < 1) {
            throw new IllegalArgumentException("matrix size must be >= 1, got " + d);
        }
        this.d = d;
        this.work = d > 3 ? new ZMatrixRMaj(d, d) : null;
        this.lu = d > 3 ? new LUDecompositionAlt_ZDRM() : null;
    }

    /** The (real) determinant of the Hermitian matrix at {@code g[off ..]}. */
    public double det(double[] g, int off) {
        switch (d) {
            case 1:
                return g[off];
            case 2:
                return g[off] * g[off + 6] - (g[off + 2] * g[off + 2] + g[off + 3] * g[off + 3]);
            case 3:
                return det3(g, off);
            default:
                System.arraycopy(g, off, work.data, 0, 2 * d * d);
                if (!lu.decompose(work)) {
                    return 0;
                }
                Complex_F64 c = lu.computeDeterminant();
                return c.real;
        }
    }

    private static double det3(double[] g, int off) {
        double a = g[off];
        double b = g[off + 8];
        double c = g[off + 16];
        double dr = g[off + 2];   // g01
        double di = g[off + 3];
        double er = g[off + 4];   // g02
        double ei = g[off + 5];
        double fr = g[off + 10];  // g12
        double fi = g[off + 11];
        // Re(g01 g12 conj(g02))
        double xr = dr * fr - di * fi;
        double xi = dr * fi + di * fr;
        double cross = xr * er + xi * ei;
        return a * b * c + 2 * cross - a * (fr * fr + fi * fi) - b * (er * er + ei * ei) - c * (dr * dr + di * di);
    }
}
