package org.metricflow.flows.quintic;

import java.util.Arrays;

/**
 * The 9 real components of a Hermitian 3×3 matrix, {@code [g11, g22, g33, Re g12, Im g12, Re g13, Im g13, Re g23,
 * Im g23]} (1-based names, as in the generated loss), and conversions to and from the interleaved complex row-major
 * layout of {@code numeric.metric} (entry (a, b) at {@code [2(3a + b)]}, imaginary part at +1).
 */
public final class HermitianComponents {

    /** Number of real components. */
    public static final int COUNT = 9;

    /** Names of the components as variables of the generated loss density, in storage order. */
    public static final String[] NAMES = {"g11", "g22", "g33", "x12", "y12", "x13", "y13", "x23", "y23"};

    private static final int[][] OFF = {{0, 1}, {0, 2}, {1, 2}};

    private HermitianComponents() {
    }

    /** Reads the upper triangle of the complex matrix at {@code c[cOff..]} into {@code r[rOff..rOff+9)}. */
    public static void fromComplex(double[] c, int cOff, double[] r, int rOff) {
        for (int a = 0; a < 3; a++) {
            r[rOff + a] = c[cOff + 2 * (3 * a + a)];
        }
        for (int k = 0; k < 3; k++) {
            int e = cOff + 2 * (3 * OFF[k][0] + OFF[k][1]);
            r[rOff + 3 + 2 * k] = c[e];
            r[rOff + 4 + 2 * k] = c[e + 1];
        }
    }

    /** Writes the full Hermitian complex matrix (both triangles, real diagonal) to {@code c[cOff..cOff+18)}. */
    public static void toComplex(double[] r, int rOff, double[] c, int cOff) {
        for (int a = 0; a < 3; a++) {
            c[cOff + 2 * (3 * a + a)] = r[rOff + a];
            c[cOff + 2 * (3 * a + a) + 1] = 0;
        }
        for (int k = 0; k < 3; k++) {
            int a = OFF[k][0];
            int b = OFF[k][1];
            double re = r[rOff + 3 + 2 * k];
            double im = r[rOff + 4 + 2 * k];
            c[cOff + 2 * (3 * a + b)] = re;
            c[cOff + 2 * (3 * a + b) + 1] = im;
            c[cOff + 2 * (3 * b + a)] = re;
            c[cOff + 2 * (3 * b + a) + 1] = -im;
        }
    }

    /**
     * out = g·h·g for Hermitian g, h (9 components each; the product is Hermitian). {@code work} has length ≥ 54.
     */
    public static void sandwich(double[] g, int gOff, double[] h, int hOff, double[] out, int oOff, double[] work) {
        toComplex(g, gOff, work, 0);
        toComplex(h, hOff, work, 18);
        multiply(work, 0, work, 18, work, 36);   // g h
        multiply(work, 36, work, 0, work, 18);   // (g h) g
        fromComplex(work, 18, out, oOff);
    }

    private static void multiply(double[] a, int aOff, double[] b, int bOff, double[] c, int cOff) {
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                double re = 0;
                double im = 0;
                for (int k = 0; k < 3; k++) {
                    double ar = a[aOff + 2 * (3 * i + k)];
                    double ai = a[aOff + 2 * (3 * i + k) + 1];
                    double br = b[bOff + 2 * (3 * k + j)];
                    double bi = b[bOff + 2 * (3 * k + j) + 1];
                    re += ar * br - ai * bi;
                    im += ar * bi + ai * br;
                }
                c[cOff + 2 * (3 * i + j)] = re;
                c[cOff + 2 * (3 * i + j) + 1] = im;
            }
        }
    }

    /** det g (real) from the 9 components at {@code r[off..]}. */
    public static double determinant(double[] r, int off) {
        double a = r[off];
        double b = r[off + 1];
        double c = r[off + 2];
        double pr = r[off + 3];
        double pi = r[off + 4];
        double qr = r[off + 5];
        double qi = r[off + 6];
        double sr = r[off + 7];
        double si = r[off + 8];
        // 2 Re(g12 g23 conj(g13))
        double cross = 2 * ((pr * sr - pi * si) * qr + (pr * si + pi * sr) * qi);
        return a * b * c + cross - a * (sr * sr + si * si) - b * (qr * qr + qi * qi) - c * (pr * pr + pi * pi);
    }

    /**
     * The adjugate adj g = det g · g^{-1} (Hermitian) of the 9 components at {@code r[off..]} into
     * {@code out[oOff..oOff+9)}, same layout: exact cofactors, no division, so it is finite for any g.
     */
    public static void adjugate(double[] r, int off, double[] out, int oOff) {
        double a = r[off];
        double b = r[off + 1];
        double c = r[off + 2];
        double pr = r[off + 3];
        double pi = r[off + 4];
        double qr = r[off + 5];
        double qi = r[off + 6];
        double sr = r[off + 7];
        double si = r[off + 8];
        out[oOff] = b * c - (sr * sr + si * si);
        out[oOff + 1] = a * c - (qr * qr + qi * qi);
        out[oOff + 2] = a * b - (pr * pr + pi * pi);
        out[oOff + 3] = qr * sr + qi * si - c * pr;    // adj12 = g13 conj(g23) − g12 g33
        out[oOff + 4] = qi * sr - qr * si - c * pi;
        out[oOff + 5] = pr * sr - pi * si - b * qr;    // adj13 = g12 g23 − g13 g22
        out[oOff + 6] = pr * si + pi * sr - b * qi;
        out[oOff + 7] = qr * pr + qi * pi - a * sr;    // adj23 = g13 conj(g12) − g11 g23
        out[oOff + 8] = qi * pr - qr * pi - a * si;
    }

    /**
     * Whether g is positive definite (Sylvester's criterion: all leading principal minors positive, each relative to
     * the product of the diagonal entries it involves so that the test is scale free).
     */
    public static boolean positiveDefinite(double[] r, int off) {
        double a = r[off];
        double b = r[off + 1];
        double m2 = a * b - (r[off + 3] * r[off + 3] + r[off + 4] * r[off + 4]);
        double det = determinant(r, off);
        return a > 0 && b > 0 && r[off + 2] > 0 && m2 > 1e-14 * a * b && det > 1e-14 * a * b * r[off + 2]
                && Double.isFinite(det);
    }

    /**
     * Writes the real form [[A, −B], [B, A]] of g = A + iB (6×6, row-major, symmetric; its eigenvalues are those of g,
     * each twice) to {@code out[oOff..oOff+36)}.
     */
    public static void realForm(double[] r, int off, double[] out, int oOff) {
        Arrays.fill(out, oOff, oOff + 36, 0);
        for (int a = 0; a < 3; a++) {
            out[oOff + 6 * a + a] = r[off + a];
            out[oOff + 6 * (a + 3) + a + 3] = r[off + a];
        }
        for (int k = 0; k < 3; k++) {
            int a = OFF[k][0];
            int b = OFF[k][1];
            double re = r[off + 3 + 2 * k];
            double im = r[off + 4 + 2 * k];
            out[oOff + 6 * a + b] = re;
            out[oOff + 6 * b + a] = re;
            out[oOff + 6 * (a + 3) + b + 3] = re;
            out[oOff + 6 * (b + 3) + a + 3] = re;
            // B_ab = im, B_ba = −im; top-right block −B, bottom-left block B
            out[oOff + 6 * a + b + 3] = -im;
            out[oOff + 6 * b + a + 3] = im;
            out[oOff + 6 * (a + 3) + b] = im;
            out[oOff + 6 * (b + 3) + a] = -im;
        }
    }
}
