package org.metricflow.symbolic.functionals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hipparchus.random.Well19937c;
import org.junit.jupiter.api.Test;
import org.metricflow.symbolic.cas.JetVariables;
import org.metricflow.symbolic.cas.Simplification;
import org.metricflow.symbolic.cas.Sym;
import org.metricflow.symbolic.cas.ZeroTest;
import org.metricflow.symbolic.functionals.NaturalKernel.Form;
import org.metricflow.symbolic.geometry.Metric;
import org.metricflow.symbolic.geometry.RiemannianGeometry;
import org.metricflow.symbolic.geometry.SymmetricMatrix;
import org.metricflow.symbolic.variation.EulerLagrange;
import org.metricflow.symbolic.variation.JetExpression;
import org.metricflow.symbolic.variation.PeriodicQuadrature;

/**
 * The natural kernel: K = ι R ιᵀ equals the DeWitt form, and −K·δL/δf with L = −F is exactly (2.40) — by exact
 * random-rational evaluation in d = 2 and 3, and by finite differences of F on T²; the planted errors and the
 * alternative kernels fail the identity.
 */
class NaturalKernelTest {

    private static boolean zero(Sym s) {
        return ZeroTest.vanishes(s, new Well19937c(11), 2);
    }

    /** (2.40) with Perelman's ∂_tφ, in field order, from the curvature route. */
    private static List<Sym> perelmanVelocity(Perelman p) {
        SymmetricMatrix v = p.curvatureFlowVelocity();
        List<Sym> out = new ArrayList<>(v.independentComponents());
        out.add(p.perelmanDilatonVelocity());
        return out;
    }

    /** δL/δf for L = −F: the raw Euler–Lagrange expressions of the fields (g12 stands for g_12 and g_21). */
    private static List<Sym> lossGradient(Perelman p) {
        return p.fields().stream().map(f -> EulerLagrange.derivative(p.functional(), f, Simplification.NONE)
                .negate()).toList();
    }

    private static boolean realises(Perelman p, Form form) {
        NaturalKernel k = NaturalKernel.of(p.chart().dimension(), form, Simplification.NONE);
        List<Sym> nn = k.velocity(lossGradient(p));
        List<Sym> expected = perelmanVelocity(p);
        for (int r = 0; r < nn.size(); r++) {
            if (!zero(nn.get(r).minus(expected.get(r)))) {
                return false;
            }
        }
        return true;
    }

    @Test
    void derivedKernelIsTheSymmetricDeWittForm() {
        for (int d = 1; d <= 3; d++) {
            NaturalKernel k = NaturalKernel.of(d, Form.NATURAL, Simplification.RATIONAL);
            var chart = Perelman.chart(d);
            Sym m = chart.field("phi").negate().exp();
            var geometry = new RiemannianGeometry(Metric.general(chart), Simplification.NONE);
            m = m.times(geometry.volumeDensity());
            var gm = geometry.metric().components();
            int ng = d * (d + 1) / 2;
            int a = 0;
            for (int i = 0; i < d; i++) {
                for (int j = i; j < d; j++, a++) {
                    int b = 0;
                    for (int kk = 0; kk < d; kk++) {
                        for (int l = kk; l < d; l++, b++) {
                            Sym dewitt = gm.get(i, kk).times(gm.get(j, l)).plus(gm.get(i, l).times(gm.get(j, kk)))
                                    .divide(m);
                            assertThat(zero(k.get(a, b).minus(dewitt))).as("d=%d K(%d,%d)", d, a, b).isTrue();
                        }
                    }
                    assertThat(zero(k.get(a, ng).minus(gm.get(i, j).divide(m)))).isTrue();
                    assertThat(zero(k.get(ng, a).minus(k.get(a, ng)))).isTrue();
                }
            }
            assertThat(zero(k.get(ng, ng).minus(Sym.rational(d, 2).divide(m)))).as("d=%d K_phiphi", d).isTrue();
        }
    }

    @Test
    void naturalKernelRealisesPerelmansFlowExactlyInTwoDimensionsAndPlantedErrorsDoNot() {
        Perelman p = Perelman.general(2);
        assertThat(realises(p, Form.NATURAL)).isTrue();
        // WITHOUT_TRACE_FACTOR is no error in d = 2 (d/2 = 1); it is checked in d = 3 below
        for (Form wrong : List.of(Form.WITHOUT_EXCHANGE, Form.HALF, Form.DENSITY_ONLY, Form.OFF_DIAGONAL_WEIGHTED)) {
            assertThat(realises(p, wrong)).as(wrong.name()).isFalse();
        }
    }

    /**
     * d = 3 (the full Euler–Lagrange route takes minutes there): Perelman's first variation (checked against the
     * Euler–Lagrange route in {@link PerelmanTest}) δF/δg_(ij) = (2 − δ_ij) m [−A^{ij} + ½ g^{ij} S], δF/δφ = −m S
     * with A_ij = R_ij + ∇_i∇_jφ a generic symmetric matrix and S a generic scalar; K must map it to (2.40):
     * ∂_t g_ij = −2A_ij, ∂_tφ = −g^{ij}A_ij (= −R − Δφ).
     */
    @Test
    void naturalKernelMapsPerelmansFirstVariationToHisFlowInThreeDimensions() {
        int d = 3;
        var geometry = new RiemannianGeometry(Metric.general(Perelman.chart(d)), Simplification.NONE);
        Sym m = Perelman.chart(d).field("phi").negate().exp().times(geometry.volumeDensity());
        SymmetricMatrix a = SymmetricMatrix.of(d, (i, j) -> Sym.symbol("a" + (i + 1) + (j + 1)));
        SymmetricMatrix aUp = geometry.raise(a);
        SymmetricMatrix ginv = geometry.inverse();
        Sym s = Sym.symbol("s");
        List<Sym> lossGradient = new ArrayList<>();
        List<Sym> expected = new ArrayList<>();
        for (int i = 0; i < d; i++) {
            for (int j = i; j < d; j++) {
                Sym e = m.times(aUp.get(i, j).negate().plus(ginv.get(i, j).times(s).times(Sym.rational(1, 2))));
                lossGradient.add(e.times(i == j ? 1 : 2).negate());
                expected.add(a.get(i, j).times(-2));
            }
        }
        lossGradient.add(m.times(s));
        expected.add(ginv.contract(a).negate());
        for (Form form : Form.values()) {
            List<Sym> v = NaturalKernel.of(d, form, Simplification.NONE).velocity(lossGradient);
            boolean exact = true;
            for (int r = 0; r < v.size(); r++) {
                exact &= zero(v.get(r).minus(expected.get(r)));
            }
            assertThat(exact).as(form.name()).isEqualTo(form == Form.NATURAL);
        }
    }

    @Test
    void finiteDifferencesOfFAlongKTimesADirectionPairWithPerelmansVelocity() {
        // K symmetric: d/de F[f + e K w] = Int (dF/df) . K w = Int (K dF/df) . w = Int v_(2.40) . w
        Perelman p = Perelman.general(2);
        List<Sym> coords = p.chart().coordinates();
        Map<String, Sym> fields = Map.of("g11", Sym.parse("1 + Sin(x)*Cos(y)/5"), "g12", Sym.parse("Cos(x + y)/10"),
                "g22", Sym.parse("1 + Cos(2*y)/6 + Sin(x)/7"), "phi", Sym.parse("Sin(x)/3 + Cos(y)/4"));
        List<Sym> w = List.of(Sym.parse("Cos(y)"), Sym.parse("Sin(x)*Sin(y)"), Sym.parse("Cos(x)/2"),
                Sym.parse("Cos(x - y)"));
        var torus = new PeriodicQuadrature(p.chart(), PeriodicQuadrature.Embedding.REAL, 20);
        for (Form form : List.of(Form.NATURAL, Form.WITHOUT_EXCHANGE)) {
            NaturalKernel k = NaturalKernel.of(2, form, Simplification.NONE);
            Map<String, Sym> direction = new HashMap<>();
            for (int r = 0; r < k.size(); r++) {
                List<Sym> terms = new ArrayList<>();
                for (int c = 0; c < k.size(); c++) {
                    terms.add(JetVariables.substituteFields(k.get(r, c), coords, fields).times(w.get(c)));
                }
                direction.put(k.fields().get(r), Sym.sum(terms));
            }
            double fd = torus.derivativeAlong(p.functional().integrandJet(), fields, direction, 1e-3);
            List<Sym> v = perelmanVelocity(p);
            double pairing = 0;
            for (int r = 0; r < v.size(); r++) {
                pairing += torus.integrate(JetExpression.of(v.get(r), p.chart(), p.fields()).times(w.get(r)), fields);
            }
            assertThat(Math.abs(pairing)).isGreaterThan(0.1);
            if (form == Form.NATURAL) {
                assertThat(fd).isCloseTo(pairing, within(1e-7 * Math.abs(pairing)));
            } else {
                assertThat(Math.abs(fd - pairing)).isGreaterThan(1e-3 * Math.abs(pairing));
            }
        }
    }

    /**
     * No pointwise reparametrisation g = G(h) (h per-component networks, identity NTK) can give K = J Jᵀ: on the
     * surface m = const, K^{-1} is the metric ½ m tr(g⁻¹ dg g⁻¹ dg) on the metric components, which would have to be
     * the flat metric dh·dh pulled back — but for d = 2 it is curved (Sym⁺(2) = R × H²: constant scalar curvature
     * −2/m; here m = 1).
     */
    @Test
    void fieldSpaceMetricOfTheKernelIsCurvedInTwoDimensions() {
        var chart = org.metricflow.symbolic.geometry.Chart.of("a", "b", "c");
        Sym a = chart.coordinate(0);
        Sym b = chart.coordinate(1);
        Sym c = chart.coordinate(2);
        Sym det = a.times(c).minus(b.times(b));
        Sym[][] inv = {{c.divide(det), b.negate().divide(det)}, {b.negate().divide(det), a.divide(det)}};
        int[][] pairs = {{0, 0}, {0, 1}, {1, 1}};
        Sym[][] gram = new Sym[3][3];
        for (int p = 0; p < 3; p++) {
            for (int q = 0; q < 3; q++) {
                // ½ tr(g⁻¹ E_p g⁻¹ E_q), E_(kl) the symmetric unit matrix of the independent component (k, l)
                List<Sym> terms = new ArrayList<>();
                for (int[] e : symmetricEntries(pairs[p])) {
                    for (int[] f : symmetricEntries(pairs[q])) {
                        // tr(g⁻¹ E g⁻¹ F) with E = e_{ij}, F = e_{kl}: (g⁻¹)_{li} (g⁻¹)_{jk}
                        terms.add(inv[f[1]][e[0]].times(inv[e[1]][f[0]]));
                    }
                }
                gram[p][q] = Sym.sum(terms).times(Sym.rational(1, 2));
            }
        }
        var geometry = new RiemannianGeometry(Metric.of(chart, gram), Simplification.RATIONAL);
        Sym r = geometry.scalar();
        Sym atIdentity = r.substitute(java.util.Map.of(a, Sym.ONE, b, Sym.ZERO, c, Sym.ONE));
        assertThat(atIdentity.toDouble()).isCloseTo(-2.0, within(1e-12));
        assertThat(zero(r.minus(atIdentity))).as("R = %s is constant", r.toInputForm()).isTrue();
    }

    private static List<int[]> symmetricEntries(int[] pair) {
        return pair[0] == pair[1] ? List.of(pair) : List.of(pair, new int[] {pair[1], pair[0]});
    }
}
