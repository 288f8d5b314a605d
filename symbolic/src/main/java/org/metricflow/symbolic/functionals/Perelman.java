package org.metricflow.symbolic.functionals;

import java.util.ArrayList;
import java.util.List;
import org.metricflow.symbolic.cas.Simplification;
import org.metricflow.symbolic.cas.Sym;
import org.metricflow.symbolic.geometry.Chart;
import org.metricflow.symbolic.geometry.Lazy;
import org.metricflow.symbolic.geometry.Metric;
import org.metricflow.symbolic.geometry.RiemannianGeometry;
import org.metricflow.symbolic.geometry.SymmetricMatrix;
import org.metricflow.symbolic.jet.JetSpace;
import org.metricflow.symbolic.variation.EulerLagrange;
import org.metricflow.symbolic.variation.LocalFunctional;
import org.metricflow.symbolic.variation.Measure;

/**
 * Perelman's functional F[g, φ] = ∫ (R + |∇φ|²) e^{−φ} dV (paper eq. 2.41) and what follows from it, every
 * quantity derived on first use and cached.
 *
 * <p>Conventions: δF = ∫ (E^{ij} δg_ij + E_φ δφ) dx with E^{ij} the symmetric tensor density of
 * {@link EulerLagrange#metricGradient} (upper indices, g_ij and g_ji varied together and the result halved) and
 * E_φ = δF/δφ. For a free variation (Perelman 2002, §1.1):
 * E^{ij} = e^{−φ}√g [−(R^{ij} + ∇^i∇^jφ) + ½ g^{ij}(2Δφ − |∇φ|² + R)], E_φ = −e^{−φ}√g (2Δφ − |∇φ|² + R).
 * Keeping the measure e^{−φ}dV fixed slaves δφ = ½ g^{ij}δg_ij and leaves the constrained gradient
 * E_c^{ij} = E^{ij} + ½ g^{ij} E_φ = −e^{−φ}√g (R^{ij} + ∇^i∇^jφ). The flow of eq. (2.40) is then the gradient
 * <em>ascent</em> ∂_t g_ij = (g_ik g_jl + g_il g_jk) E_c^{kl} / (e^{−φ}√g) = −2(R_ij + ∇_i∇_jφ) for the inner product
 * ⟨a, b⟩ = ½ ∫ a_ij b_kl g^{ik} g^{jl} e^{−φ} dV, with ∂_t φ = −Δφ − R; it equals Ricci flow −2R_ij up to the
 * Lie derivative L_{∇φ} g = 2∇∇φ. As a local NN kernel on the fields (g_(ij), φ) this is {@link NaturalKernel}.
 */
public final class Perelman {

    /** Name of the dilaton field. */
    public static final String DILATON = "phi";

    private final RiemannianGeometry geometry;
    private final List<String> metricFields;
    private final Simplification simplification;
    private final Sym phi;
    private final Lazy<LocalFunctional> functional = Lazy.of(this::buildFunctional);
    private final Lazy<SymmetricMatrix> metricGradient = Lazy.of(this::computeMetricGradient);
    private final Lazy<Sym> dilatonGradient = Lazy.of(this::computeDilatonGradient);
    private final Lazy<SymmetricMatrix> constrained = Lazy.of(this::computeConstrained);

    private Perelman(Metric metric, List<String> metricFields, Simplification simplification) {
        this.geometry = new RiemannianGeometry(metric, simplification);
        this.metricFields = List.copyOf(metricFields);
        this.simplification = simplification;
        this.phi = metric.chart().field(DILATON);
    }

    /** F for the general metric g_ij = gij(x) (fields g11, g12, …) in n dimensions with coordinates x1…xn. */
    public static Perelman general(int dimension) {
        return new Perelman(Metric.general(chart(dimension)), JetSpace.metricComponents(dimension),
                Simplification.RATIONAL);
    }

    /** F for a given metric whose free functions are {@code metricFields} (e.g. the conformal factor u). */
    public static Perelman of(Metric metric, List<String> metricFields, Simplification simplification) {
        return new Perelman(metric, metricFields, simplification);
    }

    /** The chart with coordinates x, y (n = 2), x, y, z (n = 3) or x1…xn. */
    public static Chart chart(int dimension) {
        if (dimension < 1 || dimension > 9) {
            throw new IllegalArgumentException("dimension must be in 1..9, got " + dimension);
        }
        if (dimension <= 3) {
            return Chart.of(List.of("x", "y", "z").subList(0, dimension).toArray(String[]::new));
        }
        String[] names = new String[dimension];
        for (int i = 0; i < dimension; i++) {
            names[i] = "x" + (i + 1);
        }
        return Chart.of(names);
    }

    public RiemannianGeometry geometry() {
        return geometry;
    }

    public Chart chart() {
        return geometry.metric().chart();
    }

    /** The dilaton φ(x) in function form. */
    public Sym dilaton() {
        return phi;
    }

    /** The fields: the metric fields, then {@value #DILATON}. */
    public List<String> fields() {
        List<String> f = new ArrayList<>(metricFields);
        f.add(DILATON);
        return f;
    }

    /** e^{−φ} √det g, the density of the measure e^{−φ} dV. */
    public Sym measureDensity() {
        return functional().measure().density();
    }

    /** F = ∫ (R + |∇φ|²) e^{−φ} dV. */
    public LocalFunctional functional() {
        return functional.get();
    }

    /** E^{ij} = δF/δg_ij for a free variation (requires the general metric). */
    public SymmetricMatrix metricGradient() {
        return metricGradient.get();
    }

    /** E_φ = δF/δφ for a free variation. */
    public Sym dilatonGradient() {
        return dilatonGradient.get();
    }

    /** E_c^{ij} = E^{ij} + ½ g^{ij} E_φ: the gradient when e^{−φ}dV is held fixed (δφ = ½ g^{ij} δg_ij). */
    public SymmetricMatrix constrainedMetricGradient() {
        return constrained.get();
    }

    /** The corrected eq. (2.40): ∂_t g_ij = 2 g_ik g_jl E_c^{kl} / (e^{−φ}√g), from the Euler–Lagrange route. */
    public SymmetricMatrix flowVelocity() {
        Sym factor = measureDensity().pow(-1).times(2);
        return geometry.lower(constrainedMetricGradient()).map(s -> simplification.apply(s.times(factor)));
    }

    /** −2(R_ij + ∇_i∇_jφ), from the curvature route (the right-hand side of eq. 2.40). */
    public SymmetricMatrix curvatureFlowVelocity() {
        SymmetricMatrix ric = geometry.ricci();
        SymmetricMatrix hess = geometry.hessian(phi);
        return SymmetricMatrix.of(geometry.dimension(),
                (i, j) -> simplification.apply(ric.get(i, j).plus(hess.get(i, j)).times(-2)));
    }

    /** Ricci flow −2R_ij (eq. 2.39). */
    public SymmetricMatrix ricciFlowVelocity() {
        return geometry.ricci().map(s -> simplification.apply(s.times(-2)));
    }

    /** L_{∇φ} g_ij from partial derivatives only (X^k∂_k g_ij + g_kj ∂_i X^k + g_ik ∂_j X^k, X = ∇φ). */
    public SymmetricMatrix lieDerivativeAlongGradient() {
        return geometry.lieDerivativeOfMetric(geometry.gradientVector(phi));
    }

    /** ∂_t φ that keeps e^{−φ}dV fixed under ∂_t g = v: ½ g^{ij} v_ij. */
    public Sym dilatonVelocity(SymmetricMatrix metricVelocity) {
        return simplification.apply(geometry.inverse().contract(metricVelocity).times(Sym.rational(1, 2)));
    }

    /** −Δφ − R: Perelman's ∂_t φ. */
    public Sym perelmanDilatonVelocity() {
        return simplification.apply(geometry.laplacian(phi).plus(geometry.scalar()).negate());
    }

    /**
     * What the local flow (2.14) with the loss (2.42), l = −F/Ω̄, produces: ∂_t g_ij = −Ω̄ δl/δg_ij = δF/δg_ij
     * = E^{ij}, a tensor density with upper indices (φ varied freely; Ω̄ independent of g).
     */
    public SymmetricMatrix localNetworkVelocity() {
        return metricGradient();
    }

    private LocalFunctional buildFunctional() {
        Sym density = simplification.apply(geometry.scalar().plus(geometry.gradientNormSquared(phi)));
        return new LocalFunctional("perelman", chart(), fields(), density, Measure.weighted(geometry, phi));
    }

    private SymmetricMatrix computeMetricGradient() {
        if (!metricFields.equals(JetSpace.metricComponents(geometry.dimension()))) {
            throw new IllegalStateException("the metric gradient needs the general metric (fields "
                    + JetSpace.metricComponents(geometry.dimension()) + "), have " + metricFields);
        }
        return EulerLagrange.metricGradient(functional(), simplification);
    }

    private Sym computeDilatonGradient() {
        return EulerLagrange.derivative(functional(), DILATON, simplification);
    }

    private SymmetricMatrix computeConstrained() {
        SymmetricMatrix e = metricGradient();
        Sym ephi = dilatonGradient().times(Sym.rational(1, 2));
        SymmetricMatrix ginv = geometry.inverse();
        return SymmetricMatrix.of(geometry.dimension(),
                (i, j) -> simplification.apply(e.get(i, j).plus(ginv.get(i, j).times(ephi))));
    }
}
