package org.metricflow.verification.claims.symbolic;

import java.util.List;
import java.util.Map;
import org.hipparchus.complex.Complex;
import org.hipparchus.random.Well19937c;
import org.metricflow.symbolic.cas.JetVariables;
import org.metricflow.symbolic.cas.NumericFunction;
import org.metricflow.symbolic.cas.Sym;
import org.metricflow.symbolic.cas.ZeroTest;
import org.metricflow.symbolic.functionals.KahlerPotentialSetting;
import org.metricflow.symbolic.functionals.Perelman;
import org.metricflow.symbolic.geometry.Chart;
import org.metricflow.symbolic.geometry.Lazy;
import org.metricflow.symbolic.geometry.SymmetricMatrix;
import org.metricflow.symbolic.variation.JetExpression;
import org.metricflow.symbolic.variation.PeriodicQuadrature;
import org.metricflow.verification.Budget;

/**
 * Shared test configurations of the symbolic claims: a non-trivial metric and dilaton on T², a Kähler potential on
 * the flat T² (one complex dimension), directions of variation, and the quadratures. Derivations are cached per JVM
 * (they are immutable and deterministic).
 */
final class Fixtures {

    private static final Lazy<Perelman> PERELMAN = Lazy.of(() -> Perelman.general(2));
    private static final Lazy<KahlerPotentialSetting> KAHLER = Lazy.of(() -> KahlerPotentialSetting.flatTorus(1));

    private Fixtures() {
    }

    static Perelman perelman() {
        return PERELMAN.get();
    }

    /** g = δ + trigonometric perturbation (positive definite), φ trigonometric. */
    static Map<String, Sym> perelmanFields() {
        return Map.of("g11", Sym.parse("1 + Sin(x)*Cos(y)/5"), "g12", Sym.parse("Cos(x + y)/10"),
                "g22", Sym.parse("1 + Cos(2*y)/6 + Sin(x)/7"), "phi", Sym.parse("Sin(x)/3 + Cos(y)/4 + Sin(x+y)/5"));
    }

    static Map<String, Sym> perelmanDirection() {
        return Map.of("g11", Sym.parse("Cos(y) + Sin(2*x)/2"), "g12", Sym.parse("Sin(x)*Sin(y)"),
                "g22", Sym.parse("Cos(x)"), "phi", Sym.parse("Cos(x - y) + Sin(y)/3"));
    }

    static PeriodicQuadrature torus2d(Budget budget) {
        return new PeriodicQuadrature(perelman().chart(), PeriodicQuadrature.Embedding.REAL, budget.scale(16, 24));
    }

    static KahlerPotentialSetting kahler() {
        return KAHLER.get();
    }

    private static Sym kahlerTrig(String text) {
        List<Sym> xy = kahler().realCoordinates();
        return Sym.parse(text).substitute(Map.of(Sym.symbol("X"), xy.get(0), Sym.symbol("Y"), xy.get(1)));
    }

    /** φ₀ on T² in z, z̄ (x = Re z, y = Im z); g = 1 + ∂∂̄φ₀ stays positive. */
    static Map<String, Sym> kahlerPotential() {
        return Map.of("phi", kahlerTrig("Sin(X)*Cos(Y)/5 + Cos(X+Y)/7 + Sin(2*Y)/9"));
    }

    static Sym kahlerDirection() {
        return kahlerTrig("Cos(X)/2 + Sin(X)*Sin(Y)/3 + Cos(2*X+Y)/4");
    }

    static PeriodicQuadrature kahlerTorus(Budget budget) {
        return kahler().torus(budget.scale(24, 32));
    }

    /** ∫ density · direction over the torus, fields fixed. */
    static double pairing(PeriodicQuadrature q, Sym density, Chart chart, List<String> fields, Sym direction,
                          Map<String, Sym> values) {
        return q.integrate(JetExpression.of(density, chart, fields).times(direction), values);
    }

    /** Exact random-point identity test (seeded by the budget). */
    static boolean identical(Sym a, Sym b, Budget budget) {
        return ZeroTest.vanishes(a.minus(b), new Well19937c(budget.seed()), budget.scale(2, 4));
    }

    static double relative(double measured, double reference) {
        return Math.abs(measured - reference) / Math.max(Math.abs(reference), 1e-300);
    }

    /** Value of a function-form expression with explicit real fields at a point of the chart. */
    static double valueAt(Sym expression, Chart chart, Map<String, Sym> fields, double... point) {
        Sym explicit = JetVariables.substituteFields(expression, chart.coordinates(), fields);
        return NumericFunction.of(explicit, chart.coordinates()).value(point);
    }

    /** Value at the torus point (x, y) of a function-form expression on the Kähler chart (real part). */
    static Complex kahlerValueAt(Sym expression, Map<String, Sym> fields, double x, double y) {
        Chart chart = kahler().complexifiedChart();
        Sym explicit = JetVariables.substituteFields(expression, chart.coordinates(), fields);
        return NumericFunction.of(explicit, chart.coordinates()).value(new Complex[] {new Complex(x, y),
                new Complex(x, -y)});
    }

    /** Max over components of |A_ij − B_ij| at a point. */
    static double maxDifference(SymmetricMatrix a, SymmetricMatrix b, Chart chart, Map<String, Sym> fields,
                                double... point) {
        double max = 0;
        for (int i = 0; i < a.dimension(); i++) {
            for (int j = i; j < a.dimension(); j++) {
                max = Math.max(max, Math.abs(valueAt(a.get(i, j).minus(b.get(i, j)), chart, fields, point)));
            }
        }
        return max;
    }
}
