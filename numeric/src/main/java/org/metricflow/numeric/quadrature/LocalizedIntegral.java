package org.metricflow.numeric.quadrature;

import java.util.function.ToDoubleFunction;
import org.metricflow.numeric.Inputs;

/**
 * ∫_{R^d} f(x) d^d x for an integrand concentrated within a few length scales s of a centre (a kernel Θ̄(x, ·) of width
 * s), by a deterministic rule: for d ≤ 3 composite Gauss–Legendre on the cube centre ± 12s (24 or 12 panels of 10
 * nodes per axis: no assumption on the shape of f); for 4 ≤ d ≤ 8 tensor Gauss–Hermite (12 nodes per axis) for the
 * Gaussian measure N(centre, (1.1 s)²), applied to f/density — geometric convergence for Gaussian-like f (the rule
 * is not exact for a Gaussian of width s, so this is a genuine check).
 */
public final class LocalizedIntegral {

    private LocalizedIntegral() {
    }

    /** The integral; {@code f} receives a reused coordinate array. */
    public static double overRd(double[] centre, double scale, ToDoubleFunction<double[]> f) {
        int d = centre.length;
        Inputs.requireRange("dimension", d, 1, 8);
        Inputs.requirePositive("scale", scale);
        if (d <= 3) {
            return TensorRule.legendre(d, -12 * scale, 12 * scale, d <= 2 ? 24 : 12, 10).integrate(centre, f);
        }
        double s = 1.1 * scale;
        double norm = Math.pow(2 * Math.PI * s * s, -0.5 * d);
        return TensorRule.gaussian(d, s, 12).integrate(centre, y -> {
            double r2 = 0;
            for (int j = 0; j < d; j++) {
                double t = y[j] - centre[j];
                r2 += t * t;
            }
            return f.applyAsDouble(y) / (norm * Math.exp(-r2 / (2 * s * s)));
        });
    }
}
