package org.metricflow.flows;

import org.metricflow.flows.grid.ComplexTorus;
import org.metricflow.symbolic.jet.JetSpace;

/**
 * The Kähler metric g_{ab̄} = δ_{ab} + ∂_a∂̄_b φ of a potential correction φ on the flat complex torus (reference
 * metric δ, potential |z|²), paper eq. (B.6) with the real normalisation of {@link ComplexTorus} (no factor i/2π:
 * φ is real and ∂_a∂̄_b φ is already Hermitian). Read out as the real 2n×2n metric [[A, B], [−B, A]] for
 * g_{ab̄} = A + iB, in the coordinate order (x_1..x_n, y_1..y_n).
 */
public final class KahlerMetric implements MetricReadout {

    private final int n;
    /** Slots of φ_{x_a x_b}, φ_{y_a y_b}, φ_{x_a y_b} for a, b = 0..n−1 (row-major n×n each). */
    private final int[] xx;
    private final int[] yy;
    private final int[] xy;

    /**
     * @param jets      jets of even dimension 2n and order ≥ 2 holding the potential
     * @param potential name of the potential field (e.g. {@code phi})
     */
    public KahlerMetric(JetSpace jets, String potential) {
        n = jets.dimension() / 2;
        if (jets.dimension() % 2 != 0 || jets.order() < 2) {
            throw new IllegalArgumentException("a Kahler potential on C^n needs jets of even dimension 2n and order "
                    + ">= 2, got dimension " + jets.dimension() + " and order " + jets.order());
        }
        xx = new int[n * n];
        yy = new int[n * n];
        xy = new int[n * n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                int xa = ComplexTorus.realAxis(n, a) + 1;
                int xb = ComplexTorus.realAxis(n, b) + 1;
                int ya = ComplexTorus.imaginaryAxis(n, a) + 1;
                int yb = ComplexTorus.imaginaryAxis(n, b) + 1;
                xx[a * n + b] = jets.index(potential, xa, xb);
                yy[a * n + b] = jets.index(potential, ya, yb);
                xy[a * n + b] = jets.index(potential, xa, yb);
            }
        }
    }

    @Override
    public int size() {
        return 2 * n;
    }

    @Override
    public void metric(double[] jet, int offset, double[] out, int outOffset) {
        int d = 2 * n;
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                int ab = a * n + b;
                int ba = b * n + a;
                // ∂_a∂̄_b φ = ¼[φ_{x_a x_b} + φ_{y_a y_b} + i(φ_{x_a y_b} − φ_{y_a x_b})]
                double re = (a == b ? 1 : 0) + 0.25 * (jet[offset + xx[ab]] + jet[offset + yy[ab]]);
                double im = 0.25 * (jet[offset + xy[ab]] - jet[offset + xy[ba]]);
                out[outOffset + a * d + b] = re;
                out[outOffset + (n + a) * d + n + b] = re;
                out[outOffset + a * d + n + b] = im;
                out[outOffset + (n + a) * d + b] = -im;
            }
        }
    }
}
