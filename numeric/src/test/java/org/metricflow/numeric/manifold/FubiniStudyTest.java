package org.metricflow.numeric.manifold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class FubiniStudyTest {

    /** z = (1, 0), z' = (cos t, e^{i phi} sin t) lie on one line at FS distance exactly t (for t in [0, π/2]). */
    @Test
    void distanceAlongAProjectiveLineIsTheAngle() {
        double[] a = {1, 0, 0, 0};
        for (double t : new double[] {0, 1e-12, 1e-8, 1e-4, 0.3, 1.0, Math.PI / 2}) {
            double phi = 0.7;
            double scale = 3.5; // homogeneous: scaling and a global phase do not matter
            double[] b = {scale * Math.cos(t) * Math.cos(1.1), scale * Math.sin(t) * Math.cos(phi + 1.1),
                    scale * Math.cos(t) * Math.sin(1.1), scale * Math.sin(t) * Math.sin(phi + 1.1)};
            double d = FubiniStudy.distance(a, 0, b, 0, 2);
            assertThat(d).as("t=%s", t).isCloseTo(t, within(1e-15 + 1e-13 * t));
        }
    }

    @Test
    void symmetricAndMatchesArccosAwayFromZero() {
        Random r = new Random(345);
        int n1 = 5;
        for (int k = 0; k < 200; k++) {
            double[] a = new double[2 * n1];
            double[] b = new double[2 * n1];
            for (int i = 0; i < a.length; i++) {
                a[i] = r.nextGaussian();
                b[i] = r.nextGaussian();
            }
            double re = 0, im = 0, na = 0, nb = 0;
            for (int i = 0; i < n1; i++) {
                re += a[i] * b[i] + a[n1 + i] * b[n1 + i];
                im += a[i] * b[n1 + i] - a[n1 + i] * b[i];
                na += a[i] * a[i] + a[n1 + i] * a[n1 + i];
                nb += b[i] * b[i] + b[n1 + i] * b[n1 + i];
            }
            double ref = Math.acos(Math.hypot(re, im) / Math.sqrt(na * nb));
            assertThat(FubiniStudy.distance(a, 0, b, 0, n1)).isCloseTo(ref, within(1e-12));
            assertThat(FubiniStudy.distance(b, 0, a, 0, n1)).isCloseTo(ref, within(1e-12));
        }
    }

    @Test
    void thresholdZeroesSmallDistancesOnly() {
        double[] a = {1, 0, 0, 0};
        double[] b = {Math.cos(1e-6), Math.sin(1e-6), 0, 0};
        double[] c = {Math.cos(0.1), Math.sin(0.1), 0, 0};
        assertThat(FubiniStudy.distance(a, 0, b, 0, 2, 1e-4)).isZero();
        assertThat(FubiniStudy.distance(a, 0, c, 0, 2, 1e-4)).isCloseTo(0.1, within(1e-15));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> FubiniStudy.distance(a, 0, c, 0, 2, -1))
                .hasMessageContaining("threshold must be >= 0");
    }
}
