package org.metricflow.symbolic.geometry;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.metricflow.symbolic.cas.Sym;

/**
 * An immutable symmetric n×n matrix of expressions (a metric, a Ricci tensor, a Hessian). Only the n(n+1)/2
 * independent components T_ij with i ≤ j are stored; {@code get(j, i)} returns the same object as {@code get(i, j)}.
 * Indices are 0-based.
 */
public final class SymmetricMatrix {

    /** Components of a symmetric matrix as a function of (i, j) with i ≤ j. */
    @FunctionalInterface
    public interface Components {
        Sym at(int i, int j);
    }

    private final int n;
    private final Sym[] upper;

    private SymmetricMatrix(int n, Sym[] upper) {
        this.n = n;
        this.upper = upper;
    }

    /** The matrix with components {@code c.at(i, j)}, evaluated once for each i ≤ j. */
    public static SymmetricMatrix of(int n, Components c) {
        if (n < 1) {
            throw new IllegalArgumentException("dimension must be >= 1, got " + n);
        }
        Sym[] upper = new Sym[n * (n + 1) / 2];
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                upper[index(n, i, j)] = c.at(i, j);
            }
        }
        return new SymmetricMatrix(n, upper);
    }

    /**
     * A symmetric matrix from a full square array.
     *
     * @throws IllegalArgumentException when the array is not square or not symmetric
     */
    public static SymmetricMatrix of(Sym[][] m) {
        int n = m.length;
        for (int i = 0; i < n; i++) {
            if (m[i].length != n) {
                throw new IllegalArgumentException("matrix must be square, row " + i + " has length " + m[i].length);
            }
            for (int j = 0; j < i; j++) {
                if (!m[i][j].minus(m[j][i]).isZero()) {
                    throw new IllegalArgumentException("matrix must be symmetric: [" + i + "][" + j + "] = " + m[i][j]
                            + " but [" + j + "][" + i + "] = " + m[j][i]);
                }
            }
        }
        return of(n, (i, j) -> m[i][j]);
    }

    /** The diagonal matrix diag(d_0, …, d_{n−1}). */
    public static SymmetricMatrix diagonal(List<Sym> d) {
        return of(d.size(), (i, j) -> i == j ? d.get(i) : Sym.ZERO);
    }

    private static int index(int n, int i, int j) {
        int a = Math.min(i, j);
        int b = Math.max(i, j);
        return a * n - a * (a - 1) / 2 + (b - a);
    }

    public int dimension() {
        return n;
    }

    /** T_ij (0-based, either order). */
    public Sym get(int i, int j) {
        return upper[index(n, i, j)];
    }

    /** Whether every off-diagonal component is exactly zero. */
    public boolean isDiagonal() {
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (!get(i, j).isZero()) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The matrix with {@code f} applied to every independent component. */
    public SymmetricMatrix map(UnaryOperator<Sym> f) {
        Sym[] out = new Sym[upper.length];
        for (int k = 0; k < out.length; k++) {
            out[k] = f.apply(upper[k]);
        }
        return new SymmetricMatrix(n, out);
    }

    /** The independent components T_ij, i ≤ j, in row-major order. */
    public List<Sym> independentComponents() {
        return List.of(upper);
    }

    /** A full n×n array (fresh). */
    public Sym[][] toArray() {
        Sym[][] out = new Sym[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                out[i][j] = get(i, j);
            }
        }
        return out;
    }

    /** Trace against another symmetric matrix: Σ_ij A_ij B_ij (e.g. g^{ij} R_ij). */
    public Sym contract(SymmetricMatrix other) {
        if (other.n != n) {
            throw new IllegalArgumentException("dimensions differ: " + n + " vs " + other.n);
        }
        List<Sym> terms = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (!get(i, j).isZero() && !other.get(i, j).isZero()) {
                    terms.add(get(i, j).times(other.get(i, j)));
                }
            }
        }
        return Sym.sum(terms);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SymmetricMatrix m && m.n == n && java.util.Arrays.equals(m.upper, upper);
    }

    @Override
    public int hashCode() {
        return 31 * n + java.util.Arrays.hashCode(upper);
    }

    @Override
    public String toString() {
        return java.util.Arrays.deepToString(toArray());
    }
}
