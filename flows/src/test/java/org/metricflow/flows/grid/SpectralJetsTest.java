package org.metricflow.flows.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.metricflow.symbolic.jet.JetSpace;

class SpectralJetsTest {

    /** f(x) = Σ_m c_m cos(k_m·x + ψ_m): the exact jets are Π_a k_a^{α_a} c cos(k·x + ψ + |α|π/2). */
    private record TrigPolynomial(int[][] k, double[] c, double[] psi) {

        static TrigPolynomial random(int d, int modes, int maxK, Random rnd) {
            int[][] k = new int[modes][d];
            double[] c = new double[modes];
            double[] psi = new double[modes];
            for (int m = 0; m < modes; m++) {
                for (int a = 0; a < d; a++) {
                    k[m][a] = rnd.nextInt(2 * maxK + 1) - maxK;
                }
                c[m] = rnd.nextGaussian();
                psi[m] = 2 * Math.PI * rnd.nextDouble();
            }
            return new TrigPolynomial(k, c, psi);
        }

        double derivative(double[] x, int[] multiIndex) {
            double s = 0;
            for (int m = 0; m < c.length; m++) {
                double phase = psi[m] + multiIndex.length * Math.PI / 2;
                double factor = c[m];
                for (int i : multiIndex) {
                    factor *= k[m][i - 1];
                }
                for (int a = 0; a < x.length; a++) {
                    phase += k[m][a] * x[a];
                }
                s += factor * Math.cos(phase);
            }
            return s;
        }
    }

    @ParameterizedTest
    @CsvSource({"1,16,4,7", "2,8,4,3", "3,8,4,3", "3,8,2,3", "4,4,2,1", "2,16,3,7"})
    void jetsOfTrigonometricPolynomialsAreExact(int d, int n, int order, int maxK) {
        var rnd = new Random(345);
        var grid = new TorusGrid(d, n);
        var space = new JetSpace(d, order, List.of("f", "g", "h"));
        var polys = new TrigPolynomial[3];
        double[] fields = new double[3 * grid.points()];
        for (int f = 0; f < 3; f++) {
            polys[f] = TrigPolynomial.random(d, 5, maxK, rnd);
            var poly = polys[f];
            System.arraycopy(grid.sample(x -> poly.derivative(x, new int[0])), 0, fields, f * grid.points(),
                    grid.points());
        }
        double[] jets = new double[grid.points() * space.size()];
        new SpectralJets(grid, space, 2).jets(fields, jets);

        List<int[]> multi = space.multiIndices();
        double[] x = new double[d];
        double worst = 0;
        for (int p = 0; p < grid.points(); p++) {
            grid.coordinates(p, x);
            for (int f = 0; f < 3; f++) {
                for (int s = 0; s < multi.size(); s++) {
                    double exact = polys[f].derivative(x, multi.get(s));
                    double scale = Math.pow(maxK + 1, multi.get(s).length);
                    worst = Math.max(worst, Math.abs(jets[p * space.size() + f * multi.size() + s] - exact) / scale);
                }
            }
        }
        assertThat(worst).isLessThan(1e-13);
    }

    @Test
    void nyquistModeFollowsTheSymmetricInterpolant() {
        int n = 8;
        var grid = new TorusGrid(1, n);
        var space = new JetSpace(1, 4, List.of("f"));
        double[] f = grid.sample(x -> Math.cos(n / 2.0 * x[0]));
        double[] jets = new double[n * space.size()];
        new SpectralJets(grid, space, 1).jets(f, jets);
        for (int p = 0; p < n; p++) {
            double v = f[p];
            assertThat(jets[p * 5 + 1]).isCloseTo(0, org.assertj.core.data.Offset.offset(1e-13));
            assertThat(jets[p * 5 + 2]).isCloseTo(-16 * v, org.assertj.core.data.Offset.offset(1e-12));
            assertThat(jets[p * 5 + 3]).isCloseTo(0, org.assertj.core.data.Offset.offset(1e-12));
            assertThat(jets[p * 5 + 4]).isCloseTo(256 * v, org.assertj.core.data.Offset.offset(1e-10));
        }
    }

    @Test
    void resultDoesNotDependOnTheWorkerCount() {
        var grid = new TorusGrid(3, 8);
        var space = new JetSpace(3, 2, List.of("a", "b", "c"));
        var rnd = new Random(7);
        double[] fields = new double[3 * grid.points()];
        for (int i = 0; i < fields.length; i++) {
            fields[i] = rnd.nextGaussian();
        }
        double[] one = new double[grid.points() * space.size()];
        double[] two = one.clone();
        new SpectralJets(grid, space, 1).jets(fields, one);
        new SpectralJets(grid, space, 3).jets(fields, two);
        assertThat(two).containsExactly(one);
    }

    @Test
    void derivativesShareTheirPartialInverseTransforms() {
        // 3D, order 2: 3 + 6 one-axis passes for the shared suffixes, 9 for the leaves (instead of 9 × 3)
        assertThat(new SpectralJets(new TorusGrid(3, 4), new JetSpace(3, 2, List.of("f")), 1).passesPerPair())
                .isEqualTo(18);
    }

    @Test
    void rejectsMismatchedDimensionAndShortArrays() {
        var grid = new TorusGrid(2, 8);
        assertThatThrownBy(() -> new SpectralJets(grid, new JetSpace(3, List.of("f"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3");
        var jets = new SpectralJets(grid, new JetSpace(2, List.of("f")));
        assertThatThrownBy(() -> jets.jets(new double[10], new double[640]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("64");
    }

    @Test
    void gridRejectsSizesTheFftCannotTake() {
        assertThatThrownBy(() -> new TorusGrid(2, 12)).hasMessageContaining("power of two").hasMessageContaining("12");
        assertThatThrownBy(() -> new TorusGrid(2, 2)).hasMessageContaining(">= 4");
        assertThatThrownBy(() -> new TorusGrid(5, 4)).hasMessageContaining("1..4");
    }
}
