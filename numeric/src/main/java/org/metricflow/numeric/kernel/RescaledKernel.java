package org.metricflow.numeric.kernel;

import java.util.Objects;
import org.metricflow.numeric.nn.ScalarFieldJet;

/**
 * h(x) h(x') Θ(x, x'), eq. (2.16): the kernel of the rescaled network h·φ (eq. (2.15)). With
 * h = g̃^{−1/4} and Θ the normalised Gaussian this is the curved-space δ-sequence of eq. (2.28):
 * ∫ d^d x' √g̃(x') Θ̄_σ(x, x') f(x') → f(x) as σ → 0 (eqs. (2.25)–(2.29) with ᾱ = 1), see {@link #curvedDeltaSequence}.
 *
 * @param rescaling h
 * @param base      Θ
 */
public record RescaledKernel(ScalarFieldJet rescaling, Kernel base) implements Kernel {

    public RescaledKernel {
        Objects.requireNonNull(rescaling, "rescaling");
        Objects.requireNonNull(base, "base");
        if (rescaling.inputDimension() != base.inputDimension()) {
            throw new IllegalArgumentException("rescaling has dimension " + rescaling.inputDimension()
                    + " but the kernel has input dimension " + base.inputDimension());
        }
    }

    /**
     * (g̃(x) g̃(x'))^{−1/4} (2πσ²)^{−d/2} e^{−|x−x'|²/(2σ²)}, eq. (2.28), from the determinant of the reference metric
     * (a positive scalar field with its jet).
     */
    public static RescaledKernel curvedDeltaSequence(ScalarFieldJet metricDeterminant, double sigma) {
        Objects.requireNonNull(metricDeterminant, "metricDeterminant");
        return new RescaledKernel(ScalarFieldJet.power(metricDeterminant, -0.25),
                new NormalisedGaussian(metricDeterminant.inputDimension(), sigma));
    }

    @Override
    public int inputDimension() {
        return base.inputDimension();
    }

    @Override
    public double value(double[] x, int xOff, double[] y, int yOff) {
        return rescaling.value(x, xOff) * rescaling.value(y, yOff) * base.value(x, xOff, y, yOff);
    }
}
