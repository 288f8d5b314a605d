package org.metricflow.symbolic.functionals;

import java.util.ArrayList;
import java.util.List;
import org.metricflow.symbolic.cas.Simplification;
import org.metricflow.symbolic.cas.Sym;
import org.metricflow.symbolic.geometry.Metric;
import org.metricflow.symbolic.geometry.RiemannianGeometry;
import org.metricflow.symbolic.geometry.SymmetricMatrix;
import org.metricflow.symbolic.jet.JetSpace;

/**
 * The pointwise kernel K on the fields f = (g_(ij) for i ≤ j row-major, φ) of Perelman's F (eq. 2.41) for which the
 * local flow −K·δL/δf with the loss L = −F (eq. (2.42), Ω̄ = 1) is exactly Perelman's flow (2.40):
 * ∂_t g_ij = −2(R_ij + ∇_i∇_jφ), ∂_tφ = −R − Δφ. A local metric-NTK Θ(x, x') = K(x) δ(x − x') (eq. (2.13) with
 * component mixing).
 *
 * <p><b>Convention.</b> Independent components: the field g_(ij), i &lt; j, stands for g_ij and g_ji together, so its
 * functional derivative is (2 − δ_ij)E^{ij} with E^{ij} the symmetric density of
 * {@link org.metricflow.symbolic.variation.EulerLagrange#metricGradient} (which halves off-diagonals). K acts on
 * these field derivatives (the raw Euler–Lagrange expressions of the fields) and returns ∂_t of the fields.
 *
 * <p><b>Derivation.</b> (2.40) is the gradient ascent of F on the constraint surface m = e^{−φ}√det g fixed, for the
 * inner product ⟨a, b⟩ = ½∫ g^{ik}g^{jl} a_ij b_kl m dx. The kernel is K = ι R ιᵀ: ιᵀ pulls a field cotangent back to
 * the constraint surface (c_(kl) ↦ c_(kl) + ½(2 − δ_kl) g^{kl} c_φ, from δφ = ½ g^{kl}δg_kl), R is the Riesz map of
 * the inner product on independent components, R_(ij)(kl) = (g_ik g_jl + g_il g_jk)/m, and ι embeds a metric
 * velocity v as (v, ½ g^{ij} v_ij). The result is the DeWitt form K_(ij)(kl) = (g_ik g_jl + g_il g_jk)/m,
 * K_(ij)φ = g_ij/m, K_φφ = (d/2)/m; it is symmetric and positive semi-definite with the null direction
 * (δg, δφ) ∝ (−g, d/2)·… that would change m. Long form: docs/ricci-nn-flow.md.
 *
 * <p>{@link Form} lists the natural kernel and kernels that do not realise (2.40) (evidence and planted errors).
 */
public final class NaturalKernel {

    /** Which kernel to build. */
    public enum Form {
        /** K = ι R ιᵀ, the DeWitt form above: realises (2.40) exactly. */
        NATURAL,
        /** R without the exchange term g_il g_jk (a planted error: not symmetric, wrong off-diagonals). */
        WITHOUT_EXCHANGE,
        /** NATURAL with K_φφ = 1/m instead of (d/2)/m (a planted error: m is no longer conserved). */
        WITHOUT_TRACE_FACTOR,
        /** ½ NATURAL: the kernel e^{φ}/√g · ½(g_ik g_jl + g_il g_jk) once written in ERRATA (half of (2.40)). */
        HALF,
        /** diag(1/m) on every field: the e^{φ}/√g factor alone (rescaling trick (2.15), h = m^{−1/2}). */
        DENSITY_ONLY,
        /** diag(1/((2 − δ_ij) m), 1/m): the density with the off-diagonal weighting undone. */
        OFF_DIAGONAL_WEIGHTED
    }

    private final int dimension;
    private final List<String> fields;
    private final List<List<Sym>> matrix;

    private NaturalKernel(int dimension, List<String> fields, List<List<Sym>> matrix) {
        this.dimension = dimension;
        this.fields = List.copyOf(fields);
        this.matrix = matrix.stream().map(List::copyOf).toList();
    }

    /**
     * The kernel of {@code form} on the general metric g_ij = {@code gij(x…)} and the dilaton {@code phi(x…)}
     * (chart of {@link Perelman#chart}), in function form.
     *
     * @param dimension   d ≥ 1
     * @param simplification applied to every entry ({@link Simplification#RATIONAL} for printing, NONE for code)
     */
    public static NaturalKernel of(int dimension, Form form, Simplification simplification) {
        var chart = Perelman.chart(dimension);
        var geometry = new RiemannianGeometry(Metric.general(chart), simplification);
        Sym m = chart.field(Perelman.DILATON).negate().exp().times(geometry.volumeDensity());
        SymmetricMatrix g = geometry.metric().components();
        SymmetricMatrix ginv = geometry.inverse();
        List<int[]> pairs = pairs(dimension);
        int ng = pairs.size();
        int n = ng + 1;
        Sym[][] riesz = new Sym[ng][ng];
        for (int a = 0; a < ng; a++) {
            int i = pairs.get(a)[0];
            int j = pairs.get(a)[1];
            for (int b = 0; b < ng; b++) {
                int k = pairs.get(b)[0];
                int l = pairs.get(b)[1];
                Sym direct = g.get(i, k).times(g.get(j, l));
                Sym exchange = g.get(i, l).times(g.get(j, k));
                Sym entry = form == Form.WITHOUT_EXCHANGE ? direct : direct.plus(exchange);
                riesz[a][b] = entry.divide(m);
            }
        }
        // ι: rows of the embedding v ↦ (v, ½ g^{ij} v_ij), on independent components of v
        Sym[][] embedding = new Sym[n][ng];
        Sym half = Sym.rational(1, 2);
        for (int a = 0; a < ng; a++) {
            for (int b = 0; b < ng; b++) {
                embedding[a][b] = a == b ? Sym.ONE : Sym.ZERO;
            }
            int k = pairs.get(a)[0];
            int l = pairs.get(a)[1];
            embedding[ng][a] = ginv.get(k, l).times(k == l ? half : Sym.ONE);
        }
        List<List<Sym>> out = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            List<Sym> row = new ArrayList<>();
            for (int c = 0; c < n; c++) {
                row.add(simplification.apply(entry(form, r, c, pairs, embedding, riesz, m)));
            }
            out.add(row);
        }
        List<String> names = new ArrayList<>(JetSpace.metricComponents(dimension));
        names.add(Perelman.DILATON);
        return new NaturalKernel(dimension, names, out);
    }

    private static Sym entry(Form form, int r, int c, List<int[]> pairs, Sym[][] embedding, Sym[][] riesz, Sym m) {
        int ng = pairs.size();
        if (form == Form.DENSITY_ONLY || form == Form.OFF_DIAGONAL_WEIGHTED) {
            boolean offDiagonal = r < ng && pairs.get(r)[0] != pairs.get(r)[1];
            Sym weight = form == Form.OFF_DIAGONAL_WEIGHTED && offDiagonal ? m.times(2) : m;
            return r == c ? weight.pow(-1) : Sym.ZERO;
        }
        if (form == Form.WITHOUT_TRACE_FACTOR && r == ng && c == ng) {
            return m.pow(-1);
        }
        // (ι R ιᵀ)_rc = Σ_ab ι_ra R_ab ι_cb
        List<Sym> terms = new ArrayList<>();
        for (int a = 0; a < ng; a++) {
            for (int b = 0; b < ng; b++) {
                if (!embedding[r][a].isZero() && !embedding[c][b].isZero()) {
                    terms.add(embedding[r][a].times(riesz[a][b]).times(embedding[c][b]));
                }
            }
        }
        Sym value = Sym.sum(terms);
        return form == Form.HALF ? value.times(Sym.rational(1, 2)) : value;
    }

    /** (i, j), 0-based, i ≤ j, row-major: the order of {@link JetSpace#metricComponents}. */
    private static List<int[]> pairs(int d) {
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < d; i++) {
            for (int j = i; j < d; j++) {
                out.add(new int[] {i, j});
            }
        }
        return out;
    }

    public int dimension() {
        return dimension;
    }

    /** The fields K acts on: g11, g12, …, gdd, phi. */
    public List<String> fields() {
        return fields;
    }

    /** K_rc, rows and columns in {@link #fields()} order (function form). */
    public Sym get(int row, int column) {
        return matrix.get(row).get(column);
    }

    /** The chart coordinates the fields depend on (x, y, z for d ≤ 3). */
    public List<Sym> chartCoordinates() {
        return Perelman.chart(dimension).coordinates();
    }

    /** n = d(d+1)/2 + 1. */
    public int size() {
        return fields.size();
    }

    /**
     * The local flow −K·gradient of a loss whose field derivatives (raw Euler–Lagrange expressions, in
     * {@link #fields()} order) are {@code gradient}: ∂_t of every field.
     */
    public List<Sym> velocity(List<Sym> gradient) {
        if (gradient.size() != size()) {
            throw new IllegalArgumentException("need " + size() + " field derivatives, got " + gradient.size());
        }
        List<Sym> out = new ArrayList<>();
        for (int r = 0; r < size(); r++) {
            List<Sym> terms = new ArrayList<>();
            for (int c = 0; c < size(); c++) {
                terms.add(get(r, c).times(gradient.get(c)));
            }
            out.add(Sym.sum(terms).negate());
        }
        return out;
    }
}
