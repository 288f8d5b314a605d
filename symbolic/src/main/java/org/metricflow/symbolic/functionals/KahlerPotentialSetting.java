package org.metricflow.symbolic.functionals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.metricflow.symbolic.cas.JetVariables;
import org.metricflow.symbolic.cas.Simplification;
import org.metricflow.symbolic.cas.Sym;
import org.metricflow.symbolic.geometry.Chart;
import org.metricflow.symbolic.geometry.ComplexChart;
import org.metricflow.symbolic.geometry.KahlerGeometry;
import org.metricflow.symbolic.variation.PeriodicQuadrature;

/**
 * The common setting of the φ-flows of Appendix B: a Kähler metric g_{ab̄} = g⁰_{ab̄} + ∂_a∂̄_b φ with a fixed
 * background potential K₀ and the potential correction φ(z, z̄) as the only field (the paper's (B.6) and (B.19)
 * normalisation, without the factor i/2π of (B.6), see docs/ERRATA.md). The default background is the flat torus,
 * K₀ = Σ z^a z̄^a (g⁰ = δ, Ricci-flat, |Ω|² = 1, so η = det g / det g⁰ = det g).
 *
 * @param chart      holomorphic coordinates
 * @param background K₀
 */
public record KahlerPotentialSetting(ComplexChart chart, Sym background) {

    /** Name of the potential field. */
    public static final String POTENTIAL = "phi";

    public KahlerPotentialSetting {
        Objects.requireNonNull(chart, "chart");
        Objects.requireNonNull(background, "background");
    }

    /** The flat torus in n complex dimensions, coordinates z (n = 1) or z1…zn. */
    public static KahlerPotentialSetting flatTorus(int n) {
        if (n < 1 || n > 4) {
            throw new IllegalArgumentException("complex dimension must be in 1..4, got " + n);
        }
        String[] names = new String[n];
        List<Sym> terms = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            names[a] = n == 1 ? "z" : "z" + (a + 1);
        }
        ComplexChart chart = ComplexChart.of(names);
        for (int a = 0; a < n; a++) {
            terms.add(chart.z(a).times(chart.zbar(a)));
        }
        return new KahlerPotentialSetting(chart, Sym.sum(terms));
    }

    /** The complexified chart (z…, z̄…) on which φ lives. */
    public Chart complexifiedChart() {
        return chart.complexifiedChart();
    }

    /** φ(z, z̄) in function form. */
    public Sym potential() {
        return chart.field(POTENTIAL);
    }

    /** The fields of every functional of this setting: just φ. */
    public List<String> fields() {
        return List.of(POTENTIAL);
    }

    /** The geometry of K₀ + φ. */
    public KahlerGeometry geometry() {
        return new KahlerGeometry(chart, background.plus(potential()), Simplification.RATIONAL);
    }

    /** The geometry of the background K₀. */
    public KahlerGeometry backgroundGeometry() {
        return new KahlerGeometry(chart, background, Simplification.RATIONAL);
    }

    /** The torus T^{2n} with z^a = x^a + i y^a, for quadrature checks. */
    public PeriodicQuadrature torus(int pointsPerDimension) {
        return new PeriodicQuadrature(complexifiedChart(), PeriodicQuadrature.Embedding.COMPLEX, pointsPerDimension);
    }

    /** The torus coordinates x^1…x^n, y^1…y^n as expressions in z, z̄. */
    public List<Sym> realCoordinates() {
        PeriodicQuadrature q = torus(4);
        List<Sym> out = new ArrayList<>();
        for (int k = 0; k < 2 * chart.dimension(); k++) {
            out.add(q.realCoordinate(k));
        }
        return out;
    }

    /**
     * The real chart of z^a = x^a + i y^a: (x, y) for n = 1, (x1, …, xn, y1, …, yn) otherwise — the axis order of
     * the flat complex tori on which the potential flows run.
     */
    public Chart realChart() {
        int n = chart.dimension();
        List<String> names = new ArrayList<>();
        for (String axis : List.of("x", "y")) {
            for (int a = 1; a <= n; a++) {
                names.add(n == 1 ? axis : axis + a);
            }
        }
        return Chart.of(names.toArray(String[]::new));
    }

    /**
     * A real-valued expression in φ(z, z̄) (function form) as an expression in the real jet variables of φ on
     * {@link #realChart()} ({@code phi_d12} = ∂_{x}∂_{y}φ for n = 1). Each Wirtinger jet w_K = ∂_{a…}∂̄_{b…}φ is
     * written U_K + iV_K, with w of the conjugate multi-index (a ↔ b) = U_K − iV_K because φ is real; the imaginary
     * parts cancel exactly ({@link Sym#realForm}); then U_K, V_K become the real and imaginary parts of
     * Π ½(∂_{x_a} − i∂_{y_a}) Π ½(∂_{x_b} + i∂_{y_b}) φ, linear in the real jets and left unexpanded (the code generator
     * shares them).
     *
     * @throws IllegalStateException when the expression is not real
     */
    public Sym toRealJets(Sym functionForm) {
        Sym jet = JetVariables.toJet(functionForm, complexifiedChart().coordinates(), fields());
        int n = chart.dimension();
        String prefix = POTENTIAL + "_d";
        Map<Sym, Sym> complex = new HashMap<>();
        Map<Sym, Sym> parts = new HashMap<>();
        for (String name : jet.symbolNames()) {
            String variable = JetVariables.jetName(name);
            if (!variable.startsWith(prefix)) {
                continue;
            }
            String index = variable.substring(prefix.length());
            String conjugate = conjugate(index, n);
            String key = index.compareTo(conjugate) <= 0 ? index : conjugate;
            Sym[] reIm = wirtinger(key, n);
            Sym re = Sym.symbol("re" + key);
            parts.put(re, reIm[0]);
            if (index.equals(conjugate)) {
                complex.put(JetVariables.symbol(variable), re);
            } else {
                Sym im = Sym.symbol("im" + key);
                parts.put(im, reIm[1]);
                complex.put(JetVariables.symbol(variable), key.equals(index) ? re.plus(Sym.I.times(im))
                        : re.minus(Sym.I.times(im)));
            }
        }
        return jet.realForm(complex).substitute(parts);
    }

    /** The multi-index with z^a and z̄^a exchanged, sorted (1-based digits, z̄^a = n + a). */
    private static String conjugate(String index, int n) {
        char[] c = index.toCharArray();
        for (int i = 0; i < c.length; i++) {
            int k = c[i] - '1';
            c[i] = (char) ('1' + (k < n ? k + n : k - n));
        }
        java.util.Arrays.sort(c);
        return new String(c);
    }

    /** Real and imaginary parts of the Wirtinger derivative {@code index} of φ, in real jets. */
    private Sym[] wirtinger(String index, int n) {
        Chart real = realChart();
        Sym re = real.field(POTENTIAL);
        Sym im = Sym.ZERO;
        Sym half = Sym.rational(1, 2);
        for (char c : index.toCharArray()) {
            int k = c - '1';
            int x = k % n;
            int y = n + k % n;
            int sign = k < n ? -1 : 1; // ∂_z = ½(∂_x − i∂_y), ∂_z̄ = ½(∂_x + i∂_y)
            Sym nextRe = real.d(re, x).minus(real.d(im, y).times(sign)).times(half);
            Sym nextIm = real.d(im, x).plus(real.d(re, y).times(sign)).times(half);
            re = nextRe;
            im = nextIm;
        }
        return new Sym[] {JetVariables.toJet(re, real.coordinates(), fields()),
                JetVariables.toJet(im, real.coordinates(), fields())};
    }
}
