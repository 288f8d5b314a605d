package org.metricflow.flows.classic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.hipparchus.random.RandomGenerator;
import org.hipparchus.random.Well19937c;
import org.junit.jupiter.api.Test;
import org.metricflow.flows.KahlerFixtures;
import org.metricflow.flows.KahlerMetric;
import org.metricflow.symbolic.codegen.CompiledFunction;
import org.metricflow.symbolic.functionals.NamedFlow;
import org.metricflow.symbolic.jet.JetSpace;

/**
 * The generated Kähler potential velocities of the catalogue ({@link NamedFlow#torusVelocity}, derived in Wirtinger
 * coordinates) against independent references: linearised decay rates derived by hand
 * (Kähler–Ricci |k|²/4, Calabi |k|⁴/16, Monge–Ampère |k|²/2), the hand-written n = 1 formulas of
 * {@link KahlerFixtures} at random jets, and on C² the determinant of the real metric read out by {@link KahlerMetric}
 * (det = (det g_{ab̄})²); the two-derivative flow −η^{−1/2} decays at |k|²/8 about its uniform drift −1.
 */
class KahlerTorusFlowsTest {

    private static final SymbolicVelocitySource SOURCE = new SymbolicVelocitySource();
    private static final List<NamedFlow> KAHLER =
            List.of(NamedFlow.KAHLER_RICCI, NamedFlow.CALABI, NamedFlow.MONGE_AMPERE);

    private static CompiledFunction velocity(NamedFlow flow, int d) {
        return SOURCE.generate(flow, d).orElseThrow().velocity();
    }

    private static double evaluate(CompiledFunction f, Map<String, Double> jet) {
        double[] in = f.inputNames().stream().mapToDouble(name -> jet.getOrDefault(name, 0.0)).toArray();
        double[] out = new double[f.outputNames().size()];
        f.evaluate(in, 0, out, 0);
        return out[0];
    }

    /** Jets of φ = ε cos(k·x) at the point x0: ∂_{i1..im} = ε k_{i1}..k_{im} cos(k·x0 + mπ/2). */
    private static Map<String, Double> cosineJet(JetSpace jets, double eps, double[] k, double[] x0) {
        double phase = 0;
        for (int i = 0; i < k.length; i++) {
            phase += k[i] * x0[i];
        }
        Map<String, Double> jet = new HashMap<>();
        for (int[] m : jets.multiIndices()) {
            double v = eps * Math.cos(phase + m.length * Math.PI / 2);
            for (int i : m) {
                v *= k[i - 1];
            }
            jet.put(JetSpace.variableName("phi", m), v);
        }
        return jet;
    }

    private static Map<String, Double> randomJet(JetSpace jets, RandomGenerator rng, double scale) {
        Map<String, Double> jet = new HashMap<>();
        for (String name : jets.variableNames()) {
            jet.put(name, scale * (2 * rng.nextDouble() - 1));
        }
        return jet;
    }

    private static double rate(NamedFlow flow, double k2) {
        return switch (flow) {
            case KAHLER_RICCI -> k2 / 4;
            case CALABI -> k2 * k2 / 16;
            default -> k2 / 2;
        };
    }

    @Test
    void flatPotentialIsAnExactFixedPoint() {
        for (NamedFlow flow : KAHLER) {
            for (int d : new int[] {2, 4}) {
                assertThat(evaluate(velocity(flow, d), Map.of())).as(flow.id() + " on R^" + d).isZero();
            }
        }
    }

    @Test
    void linearisedRatesMatchTheHandDerivation() {
        double eps = 1e-7;
        double[][] modes = {{2, 1}, {1, -2, 0, 1}};
        for (double[] k : modes) {
            int d = k.length;
            double k2 = 0;
            for (double ki : k) {
                k2 += ki * ki;
            }
            double[] x0 = new double[d];
            x0[0] = 0.3;
            var jet = cosineJet(NamedFlow.CALABI.jets(d), eps, k, x0);
            double phi = jet.get("phi");
            for (NamedFlow flow : KAHLER) {
                double measured = -evaluate(velocity(flow, d), jet) / phi;
                assertThat(measured).as(flow.id() + " on R^" + d).isCloseTo(rate(flow, k2), within(1e-5 * rate(flow, k2)));
            }
        }
    }

    @Test
    void twoDerivativeFlowDecaysAtAnEighthOfKSquaredAboutItsDrift() {
        double eps = 1e-7;
        double[] k = {2, 1};
        var jet = cosineJet(NamedFlow.MONGE_AMPERE_2DERIV.jets(2), eps, k, new double[] {0.3, 0});
        CompiledFunction v = velocity(NamedFlow.MONGE_AMPERE_2DERIV, 2);
        double drift = evaluate(v, Map.of());
        assertThat(drift).isEqualTo(-1.0);
        double measured = -(evaluate(v, jet) - drift) / jet.get("phi");
        assertThat(measured).isCloseTo(5.0 / 8, within(1e-5 * 5 / 8));
    }

    @Test
    void oneDimensionalVelocitiesMatchTheHandWrittenFormulas() {
        RandomGenerator rng = new Well19937c(20261125L);
        JetSpace jets = NamedFlow.CALABI.jets(2);
        var references = Map.of(NamedFlow.KAHLER_RICCI, KahlerFixtures.kahlerRicci().velocity(),
                NamedFlow.CALABI, KahlerFixtures.calabi(-1).velocity(),
                NamedFlow.MONGE_AMPERE, KahlerFixtures.mongeAmpere(-1).velocity());
        for (int trial = 0; trial < 20; trial++) {
            var jet = randomJet(jets, rng, 1.5); // |Δφ/4| ≤ 0.75: g > 0
            for (NamedFlow flow : KAHLER) {
                double expected = evaluate(references.get(flow), jet);
                assertThat(evaluate(velocity(flow, 2), jet)).as(flow.id())
                        .isCloseTo(expected, within(1e-12 * (1 + Math.abs(expected))));
            }
        }
    }

    @Test
    void twoDimensionalDeterminantMatchesTheRealMetric() {
        RandomGenerator rng = new Well19937c(7L);
        JetSpace jets = NamedFlow.KAHLER_RICCI.jets(4);
        var readout = new KahlerMetric(jets, "phi");
        for (int trial = 0; trial < 20; trial++) {
            var jet = randomJet(jets, rng, 0.8);
            double[] slots = jets.variableNames().stream().mapToDouble(jet::get).toArray();
            var real = new DMatrixRMaj(4, 4);
            readout.metric(slots, 0, real.data, 0);
            double det = Math.sqrt(CommonOps_DDRM.det(real));
            assertThat(evaluate(velocity(NamedFlow.KAHLER_RICCI, 4), jet)).isCloseTo(Math.log(det), within(1e-12));
            assertThat(evaluate(velocity(NamedFlow.MONGE_AMPERE, 4), jet)).isCloseTo(2 * (det - 1), within(1e-12));
            assertThat(evaluate(SOURCE.generate(NamedFlow.CALABI, 4).orElseThrow().density().orElseThrow(), jet))
                    .isCloseTo(det, within(1e-12));
        }
    }

    @Test
    void twoDimensionalCalabiReducesToOneDimensionWhenThePotentialIgnoresTheSecondFactor() {
        RandomGenerator rng = new Well19937c(11L);
        JetSpace one = NamedFlow.CALABI.jets(2);
        JetSpace two = NamedFlow.CALABI.jets(4);
        for (int trial = 0; trial < 10; trial++) {
            var jet = randomJet(one, rng, 1.5);
            Map<String, Double> lifted = new HashMap<>();
            for (int[] m : one.multiIndices()) {
                int[] axes = m.clone();
                for (int i = 0; i < axes.length; i++) {
                    axes[i] = axes[i] == 1 ? 1 : 3; // (x, y) → (x1, y1) of (x1, x2, y1, y2)
                }
                lifted.put(JetSpace.variableName("phi", axes), jet.get(JetSpace.variableName("phi", m)));
            }
            assertThat(two.variableNames()).containsAll(lifted.keySet());
            double expected = evaluate(velocity(NamedFlow.CALABI, 2), jet);
            assertThat(evaluate(velocity(NamedFlow.CALABI, 4), lifted))
                    .isCloseTo(expected, within(1e-12 * (1 + Math.abs(expected))));
        }
    }
}
