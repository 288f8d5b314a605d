package org.metricflow.symbolic.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.hipparchus.random.RandomGenerator;
import org.hipparchus.random.Well19937c;
import org.junit.jupiter.api.Test;
import org.metricflow.symbolic.cas.Sym;
import org.metricflow.symbolic.jet.JetSpace;

/** Compiled densities against exact solutions, and their gradients against finite differences. */
class LocalDensityTest {

    /** R of diag(a, b) for a = b = e^{2u}: the jets of a follow from those of u; R = −2e^{−2u}(u_11 + u_22). */
    @Test
    void diagonalCurvatureReducesToConformalFormula() {
        LocalDensity r = ReferenceDensities.scalarCurvatureDiagonal2d().compile();
        JetSpace jets = r.jets();
        RandomGenerator rng = new Well19937c(11L);
        for (int trial = 0; trial < 20; trial++) {
            double u = rng.nextDouble() - 0.5;
            double u1 = rng.nextDouble() - 0.5;
            double u2 = rng.nextDouble() - 0.5;
            double u11 = rng.nextDouble() - 0.5;
            double u12 = rng.nextDouble() - 0.5;
            double u22 = rng.nextDouble() - 0.5;
            double e = Math.exp(2 * u);
            // a = e^{2u}: a_i = 2u_i a, a_ij = (2u_ij + 4u_i u_j) a
            double[] aJet = {e, 2 * u1 * e, 2 * u2 * e, (2 * u11 + 4 * u1 * u1) * e, (2 * u12 + 4 * u1 * u2) * e,
                    (2 * u22 + 4 * u2 * u2) * e};
            double[] point = new double[jets.size()];
            System.arraycopy(aJet, 0, point, jets.index("a"), 6);
            System.arraycopy(aJet, 0, point, jets.index("b"), 6);
            double[] out = new double[1];
            r.values(point, out, 1);
            assertThat(out[0]).isCloseTo(-2 * Math.exp(-2 * u) * (u11 + u22), within(1e-12));
        }
    }

    /** The unit sphere diag(1, sin²x) has R = 2 at every latitude. */
    @Test
    void diagonalCurvatureOfTheUnitSphereIsTwo() {
        LocalDensity r = ReferenceDensities.scalarCurvatureDiagonal2d().compile();
        JetSpace jets = r.jets();
        for (double theta = 0.2; theta < 3; theta += 0.35) {
            double[] point = new double[jets.size()];
            point[jets.index("a")] = 1;
            point[jets.index("b")] = Math.sin(theta) * Math.sin(theta);
            point[jets.index("b", 1)] = 2 * Math.sin(theta) * Math.cos(theta);
            point[jets.index("b", 1, 1)] = 2 * Math.cos(2 * theta);
            double[] out = new double[1];
            r.values(point, out, 1);
            assertThat(out[0]).as("theta=%f", theta).isCloseTo(2.0, within(1e-12));
        }
    }

    /**
     * ∂L/∂v of the generated gradient against central differences of the generated value, step h = 1e-5 (error
     * O(h²) ≈ 1e-10 times third derivatives, plus rounding 1e-16/h ≈ 1e-11): tolerance 1e-7 relative to the
     * gradient's scale, at 10 random jets of each reference density.
     */
    @Test
    void gradientMatchesCentralDifferencesOfTheValue() {
        RandomGenerator rng = new Well19937c(12L);
        double h = 1e-5;
        for (DensityCase c : ReferenceDensities.all()) {
            LocalDensity d = c.compile();
            RandomJets sampler = new RandomJets(d.jets(), 0);
            int m = d.jets().size();
            for (int trial = 0; trial < 10; trial++) {
                double[] p = new double[m];
                sampler.sample(rng, p, 0);
                double[] both = new double[m + 1];
                d.valuesAndGradients(p, both, 1);
                double scale = 0;
                for (int k = 1; k <= m; k++) {
                    scale = Math.max(scale, Math.abs(both[k]));
                }
                for (int k = 0; k < m; k++) {
                    double[] plus = p.clone();
                    double[] minus = p.clone();
                    plus[k] += h;
                    minus[k] -= h;
                    double[] fp = new double[1];
                    double[] fm = new double[1];
                    d.values(plus, fp, 1);
                    d.values(minus, fm, 1);
                    assertThat(both[k + 1]).as("%s d/d%s", c.name(), d.jets().variableNames().get(k))
                            .isCloseTo((fp[0] - fm[0]) / (2 * h), within(1e-7 * Math.max(scale, 1)));
                }
                double[] value = new double[1];
                d.values(p, value, 1);
                assertThat(both[0]).isEqualTo(value[0]);
            }
        }
    }

    @Test
    void layoutAndValidation() {
        JetSpace jets = new JetSpace(1, 1, List.of("f"));
        LocalDensity d = LocalDensity.compile(Sym.parse("f*f$d1^2*x"), jets, List.of("x"));
        assertThat(d.inputs()).isEqualTo(3);
        assertThat(d.valueAndGradient().outputNames()).containsExactly("L", "dL_df", "dL_df_d1");
        double[] out = new double[6];
        d.valuesAndGradients(new double[] {2, 3, 5, 1, 1, 1}, out, 2);
        assertThat(out).containsExactly(90, 45, 60, 1, 1, 2);
        assertThat(LocalDensity.javaSource(d.density(), jets, List.of("x"))).isEqualTo(d.valueAndGradient().source());
        assertThatThrownBy(() -> LocalDensity.compile(Sym.parse("f*g"), jets, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown symbol 'g'");
    }
}
