package org.metricflow.numeric.kernel;

import java.util.Objects;
import org.metricflow.numeric.nn.TorusCosineArchitecture;

/**
 * The frozen (N → ∞) tangent kernel of a {@link TorusCosineArchitecture} (derivation in its class comment):
 * Θ̄(x, x') = (A²κ/2) Σ_{w∈Z^d} p(w) cos(w·(x − x')) = (A²κ/(2Z)) Π_a ϑ(x_a − x'_a) with the one-axis theta series
 * ϑ(r) = 1 + 2 Σ_{m≥1} e^{−σ²m²/2} cos(m r). With the architecture's normalising amplitude this is the normalised
 * periodic Gaussian G_σ on T^d (units length^{−d}, ∫_{T^d} G_σ d^dx' = 1). The series is summed with the Chebyshev
 * recurrence for cos(m r) up to the architecture's largest frequency.
 *
 * @param architecture the architecture (its width is irrelevant here)
 */
public record TorusCosineNtk(TorusCosineArchitecture architecture) implements Kernel {

    public TorusCosineNtk {
        Objects.requireNonNull(architecture, "architecture");
    }

    @Override
    public int inputDimension() {
        return architecture.inputDimension();
    }

    @Override
    public double value(double[] x, int xOff, double[] y, int yOff) {
        TorusCosineArchitecture c = architecture;
        int d = c.inputDimension();
        double a = c.amplitude();
        double z = c.axisSum();
        double product = 0.5 * a * a * c.kernelFactor();
        for (int j = 0; j < d; j++) {
            product *= theta(x[xOff + j] - y[yOff + j], c.sigma(), c.maxFrequency()) / z;
        }
        return product;
    }

    /** ϑ(r) = 1 + 2 Σ_{m=1}^{reach} e^{−σ²m²/2} cos(m r). */
    static double theta(double r, double sigma, int reach) {
        double c1 = Math.cos(r);
        double previous = 1;
        double current = c1;
        double sum = 0;
        for (int m = 1; m <= reach; m++) {
            sum += Math.exp(-0.5 * sigma * sigma * m * m) * current;
            double next = 2 * c1 * current - previous;
            previous = current;
            current = next;
        }
        return 1 + 2 * sum;
    }
}
