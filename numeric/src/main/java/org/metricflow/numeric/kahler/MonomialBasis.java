package org.metricflow.numeric.kahler;

import java.util.ArrayList;
import java.util.List;
import org.metricflow.numeric.manifold.HomogeneousPolynomial;
import org.metricflow.numeric.manifold.ProjectiveHypersurface;

/**
 * A basis s_α of H⁰(X, O(k)) for a hypersurface X = {p = 0} of degree n_p: the degree-k monomials z^α that are not
 * divisible by z_r^{n_p}, where z_r^{n_p} is the first pure power occurring in p (for the Fermat and Dwork
 * polynomials, r = 0). Since p is monic in z_r^{n_p} up to a constant, every multiple of z_r^{n_p} reduces modulo p
 * to the others, and the remaining C(n+k, k) − C(n+k−n_p, k−n_p) monomials are independent on X (the Hilbert
 * function of X). Donaldson's ansatz K = (1/kπ) ln(s^† H s) uses this basis.
 */
public final class MonomialBasis {

    private final int coordinates;
    private final int degree;
    private final int[][] exponents;

    private MonomialBasis(int coordinates, int degree, int[][] exponents) {
        this.coordinates = coordinates;
        this.degree = degree;
        this.exponents = exponents;
    }

    /**
     * The basis of degree-k sections on X.
     *
     * @throws IllegalArgumentException when k &lt; 1, or for k ≥ deg p when p has no pure-power term z_r^{deg p}
     */
    public static MonomialBasis of(ProjectiveHypersurface x, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("the degree k of the sections must be >= 1, got " + k);
        }
        int n1 = x.coordinates();
        int np = x.degree();
        int r = k >= np ? purePower(x.polynomial()) : -1;
        List<int[]> out = new ArrayList<>();
        enumerate(new int[n1], 0, k, out);
        out.removeIf(e -> r >= 0 && e[r] >= np);
        return new MonomialBasis(n1, k, out.toArray(new int[0][]));
    }

    private static int purePower(HomogeneousPolynomial p) {
        for (int m = 0; m < p.terms(); m++) {
            int[] e = p.exponents(m);
            for (int i = 0; i < e.length; i++) {
                if (e[i] == p.degree()) {
                    return i;
                }
            }
        }
        throw new IllegalArgumentException("the polynomial has no pure-power term z_r^" + p.degree()
                + ": the monomial basis modulo p is not implemented for it");
    }

    /** Monomials of total degree {@code left} in the coordinates {@code i..}, lexicographically descending. */
    private static void enumerate(int[] e, int i, int left, List<int[]> out) {
        if (i == e.length - 1) {
            e[i] = left;
            out.add(e.clone());
            return;
        }
        for (int a = left; a >= 0; a--) {
            e[i] = a;
            enumerate(e, i + 1, left - a, out);
        }
        e[i] = 0;
    }

    /** Number N_k of basis sections. */
    public int size() {
        return exponents.length;
    }

    /** Degree k of the sections. */
    public int degree() {
        return degree;
    }

    /** Number n+1 of homogeneous coordinates. */
    public int coordinates() {
        return coordinates;
    }

    /** Exponents of section α (a copy). */
    public int[] exponents(int alpha) {
        return exponents[alpha].clone();
    }

    /** Exponents of section α (shared, do not modify). */
    int[] exponent(int alpha) {
        return exponents[alpha];
    }

    /** A workspace evaluating all sections and their first derivatives at a point (one per thread). */
    public Jet jet() {
        return new Jet();
    }

    /**
     * Values and homogeneous first derivatives of all sections at one point: rows {@code 0} (s_α) and {@code 1 + i}
     * (∂s_α/∂z_i), i = 0..n, of an (n+2) × N_k complex matrix.
     */
    public final class Jet {

        private final double[] powRe = new double[coordinates * (degree + 1)];
        private final double[] powIm = new double[coordinates * (degree + 1)];

        private Jet() {
        }

        /**
         * Writes the jet at the point stored at {@code z[zOff ..]} as [Re z_0..Re z_n, Im z_0..Im z_n] as interleaved
         * complex rows of length N_k into {@code dst[off + row·2N_k ..]}: rows 0..n+1 as described above, or only
         * row 0 (the values) when {@code valuesOnly}.
         */
        public void evaluate(double[] z, int zOff, boolean valuesOnly, double[] dst, int off) {
            int stride = degree + 1;
            for (int i = 0; i < coordinates; i++) {
                int b = i * stride;
                powRe[b] = 1;
                powIm[b] = 0;
                double xr = z[zOff + i];
                double xi = z[zOff + coordinates + i];
                for (int e = 1; e <= degree; e++) {
                    powRe[b + e] = powRe[b + e - 1] * xr - powIm[b + e - 1] * xi;
                    powIm[b + e] = powRe[b + e - 1] * xi + powIm[b + e - 1] * xr;
                }
            }
            int n = exponents.length;
            int row = 2 * n;
            for (int a = 0; a < n; a++) {
                int[] e = exponents[a];
                double vr = 1;
                double vi = 0;
                for (int i = 0; i < coordinates; i++) {
                    int idx = i * stride + e[i];
                    double t = vr * powRe[idx] - vi * powIm[idx];
                    vi = vr * powIm[idx] + vi * powRe[idx];
                    vr = t;
                }
                dst[off + 2 * a] = vr;
                dst[off + 2 * a + 1] = vi;
                for (int j = 0; !valuesOnly && j < coordinates; j++) {
                    int at = off + (1 + j) * row + 2 * a;
                    if (e[j] == 0) {
                        dst[at] = 0;
                        dst[at + 1] = 0;
                        continue;
                    }
                    double dr = e[j];
                    double di = 0;
                    for (int i = 0; i < coordinates; i++) {
                        int idx = i * stride + (i == j ? e[i] - 1 : e[i]);
                        double t = dr * powRe[idx] - di * powIm[idx];
                        di = dr * powIm[idx] + di * powRe[idx];
                        dr = t;
                    }
                    dst[at] = dr;
                    dst[at + 1] = di;
                }
            }
        }
    }
}
