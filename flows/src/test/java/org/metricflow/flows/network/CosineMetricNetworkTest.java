package org.metricflow.flows.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.hipparchus.random.Well19937c;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.metricflow.flows.FlowDefinition;
import org.metricflow.flows.InitialFields;
import org.metricflow.flows.JavaFunction;
import org.metricflow.flows.ComponentMetric;
import org.metricflow.numeric.nn.MetricNetworks;
import org.metricflow.numeric.nn.TrainedLayers;
import org.metricflow.symbolic.jet.JetSpace;

/** The per-field periodic cosine networks behind the network flow, against closed forms and finite differences. */
class CosineMetricNetworkTest {

    /** T² with g11, g12, g22 and φ (the Perelman fields); the velocity is irrelevant here. */
    private static FlowDefinition fields2d() {
        var fields = new java.util.ArrayList<>(JetSpace.metricComponents(2));
        fields.add("phi");
        var jets = new JetSpace(2, 2, fields);
        var zero = new JavaFunction(List.of("g11"), fields.stream().map(f -> f + "_t").toList(),
                (in, o, out, oo) -> java.util.Arrays.fill(out, oo, oo + 4, 0.0), "zero");
        return new FlowDefinition("fields", jets, zero, new ComponentMetric(jets));
    }

    /** g11 = 1 + 0.2 cos x + 0.1 sin(x + 2y), g12 = 0.05 sin y, g22 = 1.3, φ = 0.1 cos(2x − y). */
    private static InitialFields initial(FlowDefinition def) {
        return InitialFields.flat(def)
                .with("g11", x -> 1 + 0.2 * Math.cos(x[0]) + 0.1 * Math.sin(x[0] + 2 * x[1]))
                .with("g12", x -> 0.05 * Math.sin(x[1]))
                .with("g22", x -> 1.3)
                .with("phi", x -> 0.1 * Math.cos(2 * x[0] - x[1]));
    }

    /** Hand-differentiated jets of {@link #initial} at (x, y), slot order f, f_1, f_2, f_11, f_12, f_22 per field. */
    private static double[] exactJets(double x, double y) {
        double c = Math.cos(x);
        double s = Math.sin(x);
        double u = x + 2 * y;
        double su = Math.sin(u);
        double cu = Math.cos(u);
        double v = 2 * x - y;
        return new double[] {
            1 + 0.2 * c + 0.1 * su, -0.2 * s + 0.1 * cu, 0.2 * cu, -0.2 * c - 0.1 * su, -0.2 * su, -0.4 * su,
            0.05 * Math.sin(y), 0, 0.05 * Math.cos(y), 0, 0, -0.05 * Math.sin(y),
            1.3, 0, 0, 0, 0, 0,
            0.1 * Math.cos(v), -0.2 * Math.sin(v), 0.1 * Math.sin(v), -0.4 * Math.cos(v), 0.2 * Math.cos(v),
            -0.1 * Math.cos(v)};
    }

    private static final double[] POINTS = {0.3, 1.7, 4.1, 5.9, 2.2, 0.05, 6.2, 3.3};

    @Test
    void fourierFieldsReproduceTheInitialJetsOffTheGrid() {
        var def = fields2d();
        var fields = FourierFields.interpolate(initial(def), def.jets());
        assertThat(fields.modeCount()).isEqualTo(2 + 1 + 1 + 1 + 1); // const + cos x + sin(x+2y), sin y, 1.3, cos(2x−y)
        double[] jets = new double[4 * 24];
        fields.jets(POINTS, 4, jets);
        for (int p = 0; p < 4; p++) {
            double[] exact = exactJets(POINTS[2 * p], POINTS[2 * p + 1]);
            for (int s = 0; s < 24; s++) {
                assertThat(jets[p * 24 + s]).as("point %d slot %d", p, s).isCloseTo(exact[s], within(1e-13));
            }
        }
    }

    @Test
    void unresolvedInitialDataIsRejectedNamingTheField() {
        var def = fields2d();
        var rough = InitialFields.flat(def).with("g22", x -> 1 + 0.5 * Math.abs(Math.sin(x[0])));
        assertThatThrownBy(() -> FourierFields.interpolate(rough, def.jets()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'g22'")
                .hasMessageContaining("not resolved");
    }

    @ParameterizedTest
    @EnumSource(value = TrainedLayers.class)
    void drawnNetworksRepresentTheInitialFieldsExactly(TrainedLayers trained) {
        var def = fields2d();
        var family = new CosineNetworkFamily(FourierFields.interpolate(initial(def), def.jets()), trained);
        SampledNetwork net = family.sample(64, 0.4, 7);
        assertThat(net.parameters().length).isEqualTo(4 * (trained == TrainedLayers.ALL ? 128 : 64));
        double[] jets = new double[4 * 24];
        net.model().jets(net.parameters(), POINTS, 4, jets);
        for (int p = 0; p < 4; p++) {
            double[] exact = exactJets(POINTS[2 * p], POINTS[2 * p + 1]);
            for (int s = 0; s < 24; s++) {
                assertThat(jets[p * 24 + s]).isCloseTo(exact[s], within(1e-12));
            }
        }
    }

    /**
     * pullback and pushforward against central differences of the jets (step 1e-6, tolerance 1e-7 relative), and
     * adjoint to each other: ⟨c, J t⟩ = ⟨Jᵀc, t⟩ to rounding.
     */
    @ParameterizedTest
    @EnumSource(value = TrainedLayers.class)
    void jacobianProductsMatchFiniteDifferencesAndAreAdjoint(TrainedLayers trained) {
        var def = fields2d();
        var family = new CosineNetworkFamily(FourierFields.interpolate(initial(def), def.jets()), trained);
        SampledNetwork net = family.sample(8, 0.6, 3);
        ParametricMetric model = net.model();
        var rnd = new Random(5);
        double[] theta = net.parameters();
        for (int i = 0; i < theta.length; i++) {
            theta[i] += 0.3 * rnd.nextGaussian();
        }
        double[] tangent = rnd.doubles(theta.length).map(v -> v - 0.5).toArray();
        double[] cotangent = rnd.doubles(4 * 24).map(v -> v - 0.5).toArray();
        double[] pushed = new double[4 * 24];
        model.pushforward(theta, POINTS, 4, tangent, pushed);
        double h = 1e-6;
        double[] plus = new double[4 * 24];
        double[] minus = new double[4 * 24];
        double[] tp = theta.clone();
        double[] tm = theta.clone();
        for (int i = 0; i < theta.length; i++) {
            tp[i] += h * tangent[i];
            tm[i] -= h * tangent[i];
        }
        model.jets(tp, POINTS, 4, plus);
        model.jets(tm, POINTS, 4, minus);
        double lhs = 0;
        for (int s = 0; s < pushed.length; s++) {
            double fd = (plus[s] - minus[s]) / (2 * h);
            assertThat(pushed[s]).as("slot %d", s).isCloseTo(fd, within(1e-7 * (1 + Math.abs(fd))));
            lhs += cotangent[s] * pushed[s];
        }
        double[] gradient = new double[theta.length];
        model.pullback(theta, POINTS, 4, cotangent, gradient);
        double rhs = 0;
        for (int i = 0; i < theta.length; i++) {
            rhs += gradient[i] * tangent[i];
        }
        assertThat(rhs).isCloseTo(lhs, within(1e-12 * (1 + Math.abs(lhs))));
    }

    /**
     * The value products equal the value slots of the full products (cotangent zero on the derivative slots), and
     * jets read again at the same θ (θ₀ or another) equal a fresh evaluation bit for bit.
     */
    @ParameterizedTest
    @EnumSource(value = TrainedLayers.class)
    void valueProductsAndRepeatedJetsMatchTheFullComputation(TrainedLayers trained) {
        var def = fields2d();
        var fields = FourierFields.interpolate(initial(def), def.jets());
        var family = new CosineNetworkFamily(fields, trained);
        SampledNetwork net = family.sample(8, 0.6, 3);
        ParametricMetric model = net.model();
        var rnd = new Random(6);
        double[] theta = net.parameters();
        for (int i = 0; i < theta.length; i++) {
            theta[i] += 0.3 * rnd.nextGaussian();
        }
        double[] tangent = rnd.doubles(theta.length).map(v -> v - 0.5).toArray();
        double[] values = rnd.doubles(4 * 4).map(v -> v - 0.5).toArray();
        double[] cotangent = new double[4 * 24];
        for (int k = 0; k < 4; k++) {
            for (int p = 0; p < 4; p++) {
                cotangent[p * 24 + k * 6] = values[k * 4 + p];
            }
        }
        double[] full = new double[theta.length];
        double[] value = new double[theta.length];
        model.pullback(theta, POINTS, 4, cotangent, full);
        model.valuePullback(theta, POINTS, 4, values, value);
        assertThat(value).containsExactly(full, within(1e-15));
        double[] pushed = new double[4 * 24];
        double[] pushedValues = new double[4 * 4];
        model.pushforward(theta, POINTS, 4, tangent, pushed);
        model.valuePushforward(theta, POINTS, 4, tangent, pushedValues);
        for (int k = 0; k < 4; k++) {
            for (int p = 0; p < 4; p++) {
                assertThat(pushedValues[k * 4 + p]).isCloseTo(pushed[p * 24 + k * 6], within(1e-15));
            }
        }
        double[] again = new double[4 * 24];
        double[] fresh = new double[4 * 24];
        for (double[] at : new double[][] {theta, net.parameters()}) {
            model.jets(at, POINTS, 4, again);
            model.jets(at, POINTS, 4, again);
            family.sample(8, 0.6, 3).model().jets(at, POINTS, 4, fresh);
            assertThat(again).containsExactly(fresh);
        }
    }

    @Test
    void resultsDoNotDependOnTheWorkerCount() {
        var def = fields2d();
        var fields = FourierFields.interpolate(initial(def), def.jets());
        var arch = new CosineNetworkFamily(fields, TrainedLayers.ALL).architecture(16, 0.5);
        var stacked = MetricNetworks.perComponent(arch, 4, new Well19937c(9));
        var one = new CosineMetricNetwork(stacked, fields, 1);
        var two = new CosineMetricNetwork(stacked, fields, 2);
        double[] theta = stacked.parameters();
        double[] cotangent = new Random(1).doubles(4 * 24).toArray();
        double[] g1 = new double[theta.length];
        double[] g2 = new double[theta.length];
        one.pullback(theta, POINTS, 4, cotangent, g1);
        two.pullback(theta, POINTS, 4, cotangent, g2);
        assertThat(g2).containsExactly(g1);
        assertThatThrownBy(() -> one.jets(new double[3], POINTS, 4, new double[96])).hasMessageContaining("theta");
    }
}
