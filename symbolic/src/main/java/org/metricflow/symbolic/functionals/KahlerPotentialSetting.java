package org.metricflow.symbolic.functionals;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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
}
