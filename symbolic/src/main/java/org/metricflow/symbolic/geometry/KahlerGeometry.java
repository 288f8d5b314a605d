package org.metricflow.symbolic.geometry;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.metricflow.symbolic.cas.Simplification;
import org.metricflow.symbolic.cas.Sym;
import org.metricflow.symbolic.cas.SymMatrices;

/**
 * Kähler geometry from a Kähler potential K(z, z̄) in holomorphic coordinates, z and z̄ independent (Wirtinger).
 * Lazily derived and cached like {@link RiemannianGeometry}; indices 0-based.
 *
 * <p><b>Conventions.</b> g_{ab̄} = ∂_a∂̄_b K (paper eq. B.1). The underlying real metric is
 * ds² = 2 g_{ab̄} dz^a dz̄^b, i.e. g_{ab̄} are the components of the real metric tensor in the complex frame
 * (so K = |z|² gives ds² = 2(dx² + dy²)). In this convention the Riemannian Ricci tensor of the real metric has
 * complex components R_{ab̄} = −∂_a∂̄_b ln det g (eq. B.3) and R_{ab} = 0; the Riemannian scalar curvature is
 * {@link #realScalar()} = 2 g^{b̄a}R_{ab̄}; the Riemannian Laplacian is 2 g^{b̄a}∂_a∂̄_b. The paper's R (eq. B.8)
 * and Δ (eq. B.9) are the Kähler ones, {@link #scalar()} = g^{b̄a}R_{ab̄} and {@link #laplacian(Sym)} =
 * g^{b̄a}∂_a∂̄_b, half the Riemannian ones of this ds²; under the paper's own J = (i/2) g dz∧dz̄ (B.2) the real
 * metric is ds² = g_{ab̄}dz^a dz̄^b and they are a quarter of the Riemannian ones. Ricci is scale invariant, so R_{ab̄} does not depend on the factor 2;
 * Fubini–Study (K = ln(1 + |z|²)) on CP^n has R_{ab̄} = (n+1) g_{ab̄}.
 */
public final class KahlerGeometry {

    private final ComplexChart chart;
    private final Sym potential;
    private final Simplification simplification;
    private final Lazy<Sym[][]> metric = Lazy.of(this::computeMetric);
    private final Lazy<Sym> determinant = Lazy.of(this::computeDeterminant);
    private final Lazy<Sym[][]> inverse = Lazy.of(this::computeInverse);
    private final Lazy<Sym[][]> ricci = Lazy.of(this::computeRicci);
    private final Lazy<Sym> scalar = Lazy.of(() -> trace(ricci()));

    /** The geometry of the potential {@code potential} on {@code chart}. */
    public KahlerGeometry(ComplexChart chart, Sym potential, Simplification simplification) {
        this.chart = Objects.requireNonNull(chart, "chart");
        this.potential = Objects.requireNonNull(potential, "potential");
        this.simplification = Objects.requireNonNull(simplification, "simplification");
    }

    /** The geometry with the default normalisation {@link Simplification#RATIONAL}. */
    public static KahlerGeometry fromPotential(ComplexChart chart, Sym potential) {
        return new KahlerGeometry(chart, potential, Simplification.RATIONAL);
    }

    public ComplexChart chart() {
        return chart;
    }

    public Sym potential() {
        return potential;
    }

    public int dimension() {
        return chart.dimension();
    }

    /** g_{ab̄} = ∂_a∂̄_b K. */
    public Sym metric(int a, int b) {
        return metric.get()[a][b];
    }

    /** det g_{ab̄}. */
    public Sym determinant() {
        return determinant.get();
    }

    /** g^{b̄a}, the inverse: Σ_a g^{b̄a} g_{ac̄} = δ_bc. */
    public Sym inverse(int b, int a) {
        return inverse.get()[b][a];
    }

    /** R_{ab̄} = −∂_a∂̄_b ln det g. */
    public Sym ricci(int a, int b) {
        return ricci()[a][b];
    }

    /** The Kähler scalar curvature g^{b̄a}R_{ab̄} (the paper's R, eq. B.8). */
    public Sym scalar() {
        return scalar.get();
    }

    /** The Riemannian scalar curvature of ds² = 2 g_{ab̄} dz^a dz̄^b: 2 g^{b̄a}R_{ab̄}. */
    public Sym realScalar() {
        return scalar().times(2);
    }

    /**
     * The Kähler Laplacian g^{b̄a}∂_a∂̄_b f: half the Riemannian Laplacian of ds² = 2g dz dz̄, a quarter under the
     * paper's J.
     */
    public Sym laplacian(Sym f) {
        Sym[][] ddbar = new Sym[dimension()][dimension()];
        for (int a = 0; a < dimension(); a++) {
            for (int b = 0; b < dimension(); b++) {
                ddbar[a][b] = f.d(chart.z(a)).d(chart.zbar(b));
            }
        }
        return trace(ddbar);
    }

    /** g^{b̄a} ∂_a f ∂̄_b h; for real f, g^{b̄a}∂_a f ∂̄_b f is half the Riemannian |∇f|² of ds² = 2g dz dz̄. */
    public Sym innerProduct(Sym f, Sym h) {
        Sym[][] m = new Sym[dimension()][dimension()];
        for (int a = 0; a < dimension(); a++) {
            for (int b = 0; b < dimension(); b++) {
                m[a][b] = f.d(chart.z(a)).times(h.d(chart.zbar(b)));
            }
        }
        return trace(m);
    }

    /**
     * The real metric as a Riemannian metric in the complexified coordinates (z, z̄) of
     * {@link ComplexChart#complexifiedChart()}: G_{a, n+b} = G_{n+b, a} = g_{ab̄}, all other components zero
     * (ds² = 2 g_{ab̄} dz^a dz̄^b). Its {@link RiemannianGeometry} is an independent route to the curvature.
     */
    public Metric complexifiedRealMetric() {
        int n = dimension();
        return new Metric(chart.complexifiedChart(), SymmetricMatrix.of(2 * n, (i, j) -> {
            if (i < n && j >= n) {
                return metric(i, j - n);
            }
            return Sym.ZERO;
        }));
    }

    /** Σ_{ab} g^{b̄a} m_{ab̄}. */
    private Sym trace(Sym[][] m) {
        List<Sym> terms = new ArrayList<>();
        for (int a = 0; a < dimension(); a++) {
            for (int b = 0; b < dimension(); b++) {
                if (!inverse(b, a).isZero() && !m[a][b].isZero()) {
                    terms.add(inverse(b, a).times(m[a][b]));
                }
            }
        }
        return simplification.apply(Sym.sum(terms));
    }

    private Sym[][] ricci() {
        return ricci.get();
    }

    private Sym[][] computeMetric() {
        int n = dimension();
        Sym[][] g = new Sym[n][n];
        for (int a = 0; a < n; a++) {
            Sym da = potential.d(chart.z(a));
            for (int b = 0; b < n; b++) {
                g[a][b] = simplification.apply(da.d(chart.zbar(b)));
            }
        }
        return g;
    }

    private Sym computeDeterminant() {
        Sym[][] g = metric.get();
        return simplification.apply(g.length == 1 ? g[0][0] : SymMatrices.determinant(g));
    }

    private Sym[][] computeInverse() {
        return Cofactors.inverse(metric.get(), determinant(), simplification::apply);
    }

    private Sym[][] computeRicci() {
        int n = dimension();
        Sym logDet = determinant().log();
        Sym[][] r = new Sym[n][n];
        for (int a = 0; a < n; a++) {
            Sym da = logDet.d(chart.z(a));
            for (int b = 0; b < n; b++) {
                r[a][b] = simplification.apply(da.d(chart.zbar(b)).negate());
            }
        }
        return r;
    }
}
