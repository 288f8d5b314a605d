package org.metricflow.numeric.kernel;

import java.util.Objects;
import java.util.function.ToDoubleFunction;
import org.metricflow.numeric.Inputs;
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

    /**
     * The leading error of the curved δ-sequence of {@link #curvedDeltaSequence}: ∫ d^d x' √g̃(x') Θ̄_σ(x, x') f(x')
     * = f(x) + σ² c(x) + O(σ⁴) with c = g̃^{−1/4} (1/2) Δ(g̃^{1/4} f) (heat-kernel expansion), the flat Laplacian
     * taken by central differences with step 1e-3 (error ~1e-6 relative for smooth f).
     *
     * @param metricDeterminant g̃ = det of the reference metric (positive)
     * @param f                 the smeared function
     * @param x                 the point (length = the field's input dimension)
     */
    public static double deltaSequenceErrorCoefficient(ScalarFieldJet metricDeterminant, ToDoubleFunction<double[]> f,
                                                       double[] x) {
        Objects.requireNonNull(metricDeterminant, "metricDeterminant");
        Objects.requireNonNull(f, "f");
        int d = metricDeterminant.inputDimension();
        Inputs.requireFinite("x", x, 0, d);
        ToDoubleFunction<double[]> weighted = y -> Math.pow(metricDeterminant.value(y, 0), 0.25) * f.applyAsDouble(y);
        double h = 1e-3;
        double lap = 0;
        for (int j = 0; j < d; j++) {
            double[] p = x.clone();
            double[] m = x.clone();
            p[j] += h;
            m[j] -= h;
            lap += (weighted.applyAsDouble(p) - 2 * weighted.applyAsDouble(x) + weighted.applyAsDouble(m)) / (h * h);
        }
        return Math.pow(metricDeterminant.value(x, 0), -0.25) * lap / 2;
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
