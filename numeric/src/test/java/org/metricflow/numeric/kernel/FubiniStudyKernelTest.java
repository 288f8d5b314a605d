package org.metricflow.numeric.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.hipparchus.random.RandomGenerator;
import org.hipparchus.random.Well19937c;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

public class FubiniStudyKernelTest {

    /** Complex Gaussian vectors (FS-uniform on P^4), with some exact and near duplicates. */
    public static double[] points(int n, long seed) {
        RandomGenerator rng = new Well19937c(seed);
        double[] p = new double[n * 10];
        for (int i = 0; i < p.length; i++) {
            p[i] = rng.nextGaussian();
        }
        // points 10..19 at graded distances ~10^{-e} from point 0, point 10 = point 0 rescaled (distance 0)
        for (int e = 0; e < 10 && 10 + e < n; e++) {
            double eps = e == 0 ? 0 : Math.pow(10, -1.5 * e);
            for (int k = 0; k < 10; k++) {
                p[(10 + e) * 10 + k] = 2.5 * (p[k] + eps * p[10 + k]);
            }
        }
        return p;
    }

    @ParameterizedTest
    @CsvSource({"GAUSSIAN, 0.3", "GAUSSIAN, 0.02", "GAUSSIAN, 30", "PRINTED_EXPONENTIAL, 0.3",
            "PRINTED_EXPONENTIAL, 0.01", "PRINTED_EXPONENTIAL, 30"})
    void tiledRowsMatchTheExactKernel(DistanceProfile profile, double sigma) {
        FubiniStudyKernel k = new FubiniStudyKernel(5, profile, sigma);
        assertThat(k.tableError()).isLessThanOrEqualTo(1e-14);
        double[] pts = points(300, 3);
        PreparedPoints prep = k.prepare(pts);
        double[] row = new double[TiledKernel.TILE];
        double[] scratch = new double[TiledKernel.TILE];
        double worst = 0;
        for (int a = 0; a < 300; a += a < 20 ? 1 : 7) {
            for (int tile = 0; tile < TiledKernel.tiles(prep); tile++) {
                k.row(prep, a, prep, tile, row, scratch);
                for (int j = 0; j < TiledKernel.tileLength(prep, tile); j++) {
                    int b = tile * TiledKernel.TILE + j;
                    worst = Math.max(worst, Math.abs(row[j] - k.value(pts, 10 * a, pts, 10 * b)));
                }
            }
        }
        assertThat(worst).isLessThanOrEqualTo(1e-14);
        k.row(prep, 0, prep, 0, row, scratch);
        assertThat(row[10]).isCloseTo(1.0, within(1e-14));
        for (int e = 1; e < 10; e++) {
            assertThat(row[10 + e]).as("distance ~1e-%s", 1.5 * e).isCloseTo(k.value(pts, 0, pts, 10 * (10 + e)),
                    within(1e-14));
        }
    }

    @Test
    void printedProfileIsExponentialInTheDistanceAndTheGaussianQuadratic() {
        // points on one projective line at FS distance exactly t: (1, 0) and (cos t, sin t)
        double t = 0.4;
        double[] a = {1, 0, 0, 0};
        double[] b = {Math.cos(t), Math.sin(t), 0, 0};
        double sigma = 0.25;
        assertThat(new FubiniStudyKernel(2, DistanceProfile.PRINTED_EXPONENTIAL, sigma).value(a, 0, b, 0))
                .isCloseTo(Math.exp(-t / (2 * sigma)), within(1e-15));
        assertThat(new FubiniStudyKernel(2, DistanceProfile.GAUSSIAN, sigma).value(a, 0, b, 0))
                .isCloseTo(Math.exp(-t * t / (2 * sigma * sigma)), within(1e-15));
    }

    /** Eq. (3.4) prints arccos(1 − ε) = √ε; the expansion cos θ = 1 − θ²/2 gives √(2ε). */
    @Test
    void arccosNearOneIsSqrtOfTwoEpsilon() {
        for (double eps : new double[] {1e-4, 1e-6, 1e-7}) {
            assertThat(Math.acos(1 - eps) / Math.sqrt(2 * eps)).isCloseTo(1.0, within(1e-4));
        }
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> new FubiniStudyKernel(5, DistanceProfile.GAUSSIAN, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sigma");
        FubiniStudyKernel k = new FubiniStudyKernel(5, DistanceProfile.GAUSSIAN, 0.3);
        assertThatThrownBy(() -> k.prepare(new double[15])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dimension 10");
        assertThatThrownBy(() -> k.prepare(new double[10])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("zero");
        double[] nan = new double[10];
        nan[3] = Double.NaN;
        assertThatThrownBy(() -> k.prepare(nan)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("finite");
    }
}
