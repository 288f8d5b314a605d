package org.metricflow.symbolic.geometry;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.metricflow.symbolic.cas.Simplification;
import org.metricflow.symbolic.cas.Sym;
import org.metricflow.symbolic.cas.SymMatrices;

/**
 * Curvature of a Riemannian metric on a chart, any dimension n ≥ 1. Every quantity is derived on first use and kept
 * ({@link Lazy}); the object is immutable, so nothing is ever invalidated. Symmetric objects store independent
 * components only. Each stored component is normalised with the chosen {@link Simplification}.
 *
 * <p>Conventions (all indices 0-based in the API): Γ^k_ij = ½ g^{kl}(∂_i g_jl + ∂_j g_il − ∂_l g_ij);
 * R^ρ_σμν = ∂_μΓ^ρ_νσ − ∂_νΓ^ρ_μσ + Γ^ρ_μλΓ^λ_νσ − Γ^ρ_νλΓ^λ_μσ; R_ij = R^k_ikj; R = g^{ij} R_ij (the unit round
 * sphere S^n has R = n(n−1)); ∇_i∇_j f = ∂_i∂_j f − Γ^k_ij ∂_k f; Δf = g^{ij}∇_i∇_j f (non-positive spectrum);
 * |∇f|² = g^{ij}∂_i f ∂_j f; volume density √det g (dV = √det g dx^1…dx^n).
 *
 * <p>The Ricci tensor is computed from the Christoffel symbols directly (R_ij = ∂_kΓ^k_ij − ∂_jΓ^k_ik +
 * Γ^k_klΓ^l_ij − Γ^k_jlΓ^l_ik), not by contracting {@link #riemann()}, so the two are independent checks of each
 * other.
 */
public final class RiemannianGeometry {

    private final Metric metric;
    private final Simplification simplification;
    private final Lazy<Sym> determinant = Lazy.of(this::computeDeterminant);
    private final Lazy<SymmetricMatrix> inverse = Lazy.of(this::computeInverse);
    private final Lazy<Sym> volumeDensity = Lazy.of(() -> determinant().sqrt());
    private static final Sym MINUS_ONE = Sym.of(-1);

    private final Lazy<Christoffel> christoffel = Lazy.of(this::computeChristoffel);
    private final Lazy<RiemannTensor> riemann = Lazy.of(this::computeRiemann);
    private final Lazy<SymmetricMatrix> ricci = Lazy.of(this::computeRicci);
    private final Lazy<Sym> scalar = Lazy.of(() -> simplify(inverse().contract(ricci())));

    /** The geometry of {@code metric}, normalising every component with {@code simplification}. */
    public RiemannianGeometry(Metric metric, Simplification simplification) {
        this.metric = Objects.requireNonNull(metric, "metric");
        this.simplification = Objects.requireNonNull(simplification, "simplification");
    }

    /** The geometry with the default normalisation {@link Simplification#RATIONAL}. */
    public static RiemannianGeometry of(Metric metric) {
        return new RiemannianGeometry(metric, Simplification.RATIONAL);
    }

    public Metric metric() {
        return metric;
    }

    public Simplification simplification() {
        return simplification;
    }

    public int dimension() {
        return metric.dimension();
    }

    private Sym simplify(Sym s) {
        return simplification.apply(s);
    }

    /** det g_ij. */
    public Sym determinant() {
        return determinant.get();
    }

    /** The inverse metric g^{ij}. */
    public SymmetricMatrix inverse() {
        return inverse.get();
    }

    /** √det g: dV = √det g dx^1 … dx^n. */
    public Sym volumeDensity() {
        return volumeDensity.get();
    }

    /** Γ^k_ij. */
    public Christoffel christoffel() {
        return christoffel.get();
    }

    /** R_ijkl (all indices down). */
    public RiemannTensor riemann() {
        return riemann.get();
    }

    /** R_ij. */
    public SymmetricMatrix ricci() {
        return ricci.get();
    }

    /** R = g^{ij} R_ij. */
    public Sym scalar() {
        return scalar.get();
    }

    /** Whether a lazily derived quantity has been computed yet (for tests of laziness): "ricci", "riemann", …. */
    boolean isComputed(String quantity) {
        return switch (quantity) {
            case "determinant" -> determinant.isComputed();
            case "inverse" -> inverse.isComputed();
            case "christoffel" -> christoffel.isComputed();
            case "riemann" -> riemann.isComputed();
            case "ricci" -> ricci.isComputed();
            case "scalar" -> scalar.isComputed();
            default -> throw new IllegalArgumentException("unknown quantity " + quantity);
        };
    }

    /** The covariant Hessian ∇_i∇_j f = ∂_i∂_j f − Γ^k_ij ∂_k f. */
    public SymmetricMatrix hessian(Sym f) {
        Chart chart = metric.chart();
        int n = dimension();
        List<Sym> df = gradientComponents(f);
        return SymmetricMatrix.of(n, (i, j) -> {
            List<Sym> terms = new ArrayList<>();
            terms.add(chart.d(df.get(j), i));
            for (int k = 0; k < n; k++) {
                Sym g = christoffel().get(k, i, j);
                if (!g.isZero() && !df.get(k).isZero()) {
                    terms.add(g.times(df.get(k)).negate());
                }
            }
            return simplify(Sym.sum(terms));
        });
    }

    /** The Laplace–Beltrami operator Δf = g^{ij}∇_i∇_j f. */
    public Sym laplacian(Sym f) {
        return simplify(inverse().contract(hessian(f)));
    }

    /** |∇f|² = g^{ij} ∂_i f ∂_j f. */
    public Sym gradientNormSquared(Sym f) {
        List<Sym> df = gradientComponents(f);
        return simplify(inverse().contract(SymmetricMatrix.of(dimension(), (i, j) -> df.get(i).times(df.get(j)))));
    }

    /** The vector field ∇f with components (∇f)^k = g^{kl} ∂_l f. */
    public List<Sym> gradientVector(Sym f) {
        List<Sym> df = gradientComponents(f);
        List<Sym> out = new ArrayList<>();
        for (int k = 0; k < dimension(); k++) {
            List<Sym> terms = new ArrayList<>();
            for (int l = 0; l < dimension(); l++) {
                terms.add(inverse().get(k, l).times(df.get(l)));
            }
            out.add(simplify(Sym.sum(terms)));
        }
        return out;
    }

    /**
     * The Lie derivative of the metric along a vector field, computed from partial derivatives only:
     * (L_X g)_ij = X^k ∂_k g_ij + g_kj ∂_i X^k + g_ik ∂_j X^k.
     */
    public SymmetricMatrix lieDerivativeOfMetric(List<Sym> x) {
        int n = dimension();
        if (x.size() != n) {
            throw new IllegalArgumentException("vector field has " + x.size() + " components, expected " + n);
        }
        Chart chart = metric.chart();
        return SymmetricMatrix.of(n, (i, j) -> {
            List<Sym> terms = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                terms.add(x.get(k).times(chart.d(metric.get(i, j), k)));
                terms.add(metric.get(k, j).times(chart.d(x.get(k), i)));
                terms.add(metric.get(i, k).times(chart.d(x.get(k), j)));
            }
            return simplify(Sym.sum(terms));
        });
    }

    /** T^{ij} = g^{ik} g^{jl} T_kl: both indices of a symmetric covariant tensor raised. */
    public SymmetricMatrix raise(SymmetricMatrix lower) {
        return transform(lower, inverse());
    }

    /** T_ij = g_ik g_jl T^{kl}: both indices of a symmetric contravariant tensor lowered. */
    public SymmetricMatrix lower(SymmetricMatrix upper) {
        return transform(upper, metric.components());
    }

    private SymmetricMatrix transform(SymmetricMatrix t, SymmetricMatrix g) {
        int n = dimension();
        return SymmetricMatrix.of(n, (i, j) -> {
            List<Sym> terms = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                for (int l = 0; l < n; l++) {
                    if (!g.get(i, k).isZero() && !g.get(j, l).isZero() && !t.get(k, l).isZero()) {
                        terms.add(g.get(i, k).times(g.get(j, l)).times(t.get(k, l)));
                    }
                }
            }
            return simplify(Sym.sum(terms));
        });
    }

    private List<Sym> gradientComponents(Sym f) {
        List<Sym> df = new ArrayList<>();
        for (int i = 0; i < dimension(); i++) {
            df.add(metric.chart().d(f, i));
        }
        return df;
    }

    private Sym computeDeterminant() {
        SymmetricMatrix g = metric.components();
        if (g.isDiagonal()) {
            List<Sym> d = new ArrayList<>();
            for (int i = 0; i < dimension(); i++) {
                d.add(g.get(i, i));
            }
            return Sym.product(d);
        }
        return simplify(SymMatrices.determinant(g.toArray()));
    }

    /** g^{ij} by cofactors (diagonal metrics: reciprocals). */
    private SymmetricMatrix computeInverse() {
        SymmetricMatrix g = metric.components();
        int n = dimension();
        if (g.isDiagonal()) {
            return SymmetricMatrix.of(n, (i, j) -> i == j ? g.get(i, i).pow(-1) : Sym.ZERO);
        }
        Sym[][] inv = Cofactors.inverse(g.toArray(), determinant(), this::simplify);
        return SymmetricMatrix.of(n, (i, j) -> inv[i][j]);
    }

    private Christoffel computeChristoffel() {
        int n = dimension();
        Chart chart = metric.chart();
        SymmetricMatrix ginv = inverse();
        // ∂_a g_bc once per independent component (each occurs three times in the first kind)
        SymmetricMatrix[] dg = new SymmetricMatrix[n];
        for (int a = 0; a < n; a++) {
            final int aa = a;
            dg[a] = SymmetricMatrix.of(n, (b, c) -> chart.d(metric.get(b, c), aa));
        }
        // first kind: [ij,l] = ½(∂_i g_jl + ∂_j g_il − ∂_l g_ij)
        Sym half = Sym.rational(1, 2);
        SymmetricMatrix[] firstKind = new SymmetricMatrix[n];
        for (int l = 0; l < n; l++) {
            final int ll = l;
            firstKind[l] = SymmetricMatrix.of(n, (i, j) -> Sym.sum(List.of(dg[i].get(j, ll), dg[j].get(i, ll),
                    dg[ll].get(i, j).negate())).times(half));
        }
        SymmetricMatrix[] second = new SymmetricMatrix[n];
        for (int k = 0; k < n; k++) {
            final int kk = k;
            second[k] = SymmetricMatrix.of(n, (i, j) -> {
                List<Sym> terms = new ArrayList<>();
                for (int l = 0; l < n; l++) {
                    if (!ginv.get(kk, l).isZero() && !firstKind[l].get(i, j).isZero()) {
                        terms.add(ginv.get(kk, l).times(firstKind[l].get(i, j)));
                    }
                }
                return simplify(Sym.sum(terms));
            });
        }
        return new Christoffel(second);
    }

    private SymmetricMatrix computeRicci() {
        int n = dimension();
        Chart chart = metric.chart();
        Christoffel gamma = christoffel();
        // contracted c_i = Γ^k_ik (= ∂_i ln √det g): Ric_ij = ∂_kΓ^k_ij − ∂_j c_i + c_l Γ^l_ij − Γ^k_jl Γ^l_ik
        Sym[] trace = new Sym[n];
        Sym[] minusTrace = new Sym[n];
        for (int i = 0; i < n; i++) {
            List<Sym> terms = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                terms.add(gamma.get(k, i, k));
            }
            trace[i] = Sym.sum(terms);
            minusTrace[i] = trace[i].negate();
        }
        return SymmetricMatrix.of(n, (i, j) -> {
            List<Sym> terms = new ArrayList<>();
            terms.add(chart.d(minusTrace[i], j));
            for (int k = 0; k < n; k++) {
                terms.add(chart.d(gamma.get(k, i, j), k));
                addProduct(terms, trace[k], gamma.get(k, i, j), false);
                for (int l = 0; l < n; l++) {
                    addProduct(terms, gamma.get(k, j, l), gamma.get(l, i, k), true);
                }
            }
            return simplify(Sym.sum(terms));
        });
    }

    private static void addProduct(List<Sym> terms, Sym a, Sym b, boolean negate) {
        if (!a.isZero() && !b.isZero()) {
            terms.add(negate ? Sym.product(List.of(MINUS_ONE, a, b)) : a.times(b)); // one evaluation, not two
        }
    }

    /** R^ρ_σμν for fixed (ρ, σ, μ, ν). */
    private Sym riemannUp(int rho, int sigma, int mu, int nu) {
        Chart chart = metric.chart();
        Christoffel g = christoffel();
        List<Sym> terms = new ArrayList<>();
        terms.add(chart.d(g.get(rho, nu, sigma), mu));
        terms.add(chart.d(g.get(rho, mu, sigma), nu).negate());
        for (int l = 0; l < dimension(); l++) {
            addProduct(terms, g.get(rho, mu, l), g.get(l, nu, sigma), false);
            addProduct(terms, g.get(rho, nu, l), g.get(l, mu, sigma), true);
        }
        return Sym.sum(terms);
    }

    private RiemannTensor computeRiemann() {
        int n = dimension();
        int pairs = RiemannTensor.pairs(n);
        if (pairs == 0) {
            return new RiemannTensor(n, null);
        }
        int[][] pairIndex = new int[pairs][];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                pairIndex[RiemannTensor.pair(n, i, j)] = new int[] {i, j};
            }
        }
        return new RiemannTensor(n, SymmetricMatrix.of(pairs, (p, q) -> {
            int i = pairIndex[p][0];
            int j = pairIndex[p][1];
            int k = pairIndex[q][0];
            int l = pairIndex[q][1];
            List<Sym> terms = new ArrayList<>();
            for (int m = 0; m < n; m++) {
                if (!metric.get(i, m).isZero()) {
                    terms.add(metric.get(i, m).times(riemannUp(m, j, k, l)));
                }
            }
            return simplify(Sym.sum(terms));
        }));
    }
}
