package org.metricflow.bench.symbolic;

import java.util.ArrayList;
import java.util.List;
import org.metricflow.symbolic.cas.Sums;
import org.metricflow.symbolic.cas.Sym;

/**
 * Curvature of a metric on a coordinate chart by the textbook formulas (the same as the SymPy peer's
 * {@code sympy_geom.ricci_scalar}, so that both sides do the same work):
 * Γ^k_ij = ½ g^{kl}(∂_i g_jl + ∂_j g_il − ∂_l g_ij),
 * R^r_{smv} = ∂_m Γ^r_{vs} − ∂_v Γ^r_{ms} + Γ^r_{ml} Γ^l_{vs} − Γ^r_{vl} Γ^l_{ms},
 * Ric_sv = R^r_{srv}, R = g^{sv} Ric_sv. Zero terms are skipped; nothing is simplified unless asked.
 */
final class HandCurvature {

    private static final Sym MINUS_ONE = Sym.of(-1);

    private final Sym[][] g;
    private final Sym[][] inverse;
    private final Sym[] coords;
    private final int n;
    private final Sym[][][] gamma;

    /**
     * @param g       metric components (symmetric, n × n)
     * @param inverse its inverse
     * @param coords  coordinate symbols
     */
    HandCurvature(Sym[][] g, Sym[][] inverse, Sym[] coords) {
        this.g = g;
        this.inverse = inverse;
        this.coords = coords;
        this.n = coords.length;
        this.gamma = christoffel();
    }

    /** The inverse of a diagonal metric. */
    static Sym[][] diagonalInverse(Sym[][] g) {
        int n = g.length;
        Sym[][] inv = new Sym[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                inv[i][j] = i == j ? Sym.ONE.divide(g[i][i]) : Sym.ZERO;
            }
        }
        return inv;
    }

    /** The inverse of a 3 × 3 metric: adjugate over determinant (no simplification). */
    static Sym[][] inverse3(Sym[][] g) {
        Sym[][] cof = new Sym[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                int i1 = (i + 1) % 3;
                int i2 = (i + 2) % 3;
                int j1 = (j + 1) % 3;
                int j2 = (j + 2) % 3;
                cof[i][j] = g[i1][j1].times(g[i2][j2]).minus(g[i1][j2].times(g[i2][j1]));
            }
        }
        Sym det = g[0][0].times(cof[0][0]).plus(g[0][1].times(cof[0][1])).plus(g[0][2].times(cof[0][2]));
        Sym[][] inv = new Sym[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                inv[i][j] = cof[j][i].divide(det);
            }
        }
        return inv;
    }

    /** Γ^k_ij as {@code [k][i][j]}. */
    Sym[][][] gamma() {
        return gamma;
    }

    private Sym[][][] christoffel() {
        Sym half = Sym.rational(1, 2);
        Sym[][][] dg = new Sym[n][n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                for (int k = 0; k < n; k++) {
                    dg[i][j][k] = g[i][j].d(coords[k]);
                }
            }
        }
        Sym[][][] out = new Sym[n][n][n];
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    List<Sym> terms = new ArrayList<>();
                    for (int l = 0; l < n; l++) {
                        if (!inverse[k][l].isZero()) {
                            Sym bracket = Sums.sum(List.of(dg[j][l][i], dg[i][l][j], dg[i][j][l].negate()));
                            if (!bracket.isZero()) {
                                terms.add(inverse[k][l].times(bracket));
                            }
                        }
                    }
                    out[k][i][j] = Sums.sum(terms).times(half);
                }
            }
        }
        return out;
    }

    /** R^r_{smv}, as terms of a sum. */
    private void riemann(int r, int s, int m, int v, List<Sym> terms) {
        terms.add(gamma[r][v][s].d(coords[m]));
        terms.add(gamma[r][m][s].d(coords[v]).negate());
        for (int l = 0; l < n; l++) {
            addProduct(terms, gamma[r][m][l], gamma[l][v][s], Sym.ONE);
            addProduct(terms, gamma[r][v][l], gamma[l][m][s], MINUS_ONE);
        }
    }

    private static void addProduct(List<Sym> terms, Sym a, Sym b, Sym sign) {
        if (!a.isZero() && !b.isZero()) {
            terms.add(sign.times(a).times(b));
        }
    }

    /** Ric_sv. */
    Sym ricci(int s, int v) {
        List<Sym> terms = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            riemann(r, s, r, v, terms);
        }
        return Sums.sum(terms);
    }

    /** R = g^{sv} Ric_sv, computing every independent Ricci component (s ≤ v) as the SymPy peer does. */
    Sym scalar() {
        List<Sym> terms = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            for (int v = s; v < n; v++) {
                Sym ric = ricci(s, v);
                Sym weight = s == v ? inverse[s][v] : inverse[s][v].plus(inverse[v][s]);
                if (!weight.isZero()) {
                    terms.add(weight.times(ric));
                }
            }
        }
        return Sums.sum(terms);
    }

    /** The covariant Hessian ∇_i∇_j f = ∂_i∂_j f − Γ^k_ij ∂_k f. */
    Sym hessian(Sym f, int i, int j) {
        List<Sym> terms = new ArrayList<>();
        terms.add(f.d(coords[i]).d(coords[j]));
        for (int k = 0; k < n; k++) {
            addProduct(terms, gamma[k][i][j], f.d(coords[k]), MINUS_ONE);
        }
        return Sums.sum(terms);
    }
}
