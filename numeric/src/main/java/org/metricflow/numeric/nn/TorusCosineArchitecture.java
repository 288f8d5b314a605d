package org.metricflow.numeric.nn;

import org.metricflow.numeric.Inputs;
import java.util.Objects;
import org.hipparchus.random.RandomDataGenerator;
import org.hipparchus.random.RandomGenerator;

/**
 * The cosine network of eq. (2.32) (plane waves) made periodic on the torus T^d = R^d/(2πZ)^d:
 * φ(x) = (A/√N) Σ_i s_a a_i cos(w_i·x + b_i) with <em>integer</em> frequencies w_i ∈ Z^d drawn from the discrete
 * Gaussian p(w) = e^{−σ²|w|²/2}/Z, Z = Σ_{w∈Z^d} e^{−σ²|w|²/2} = z^d (z the one-axis sum; the components of w are
 * independent), b ~ U(−π, π), a ~ N(0, σ_a²) (standard) or a = σ_a â, â ~ N(0, 1) (NTK, s_a = σ_a).
 *
 * <p>Frozen kernel. E_b[cos u cos u'] = E_b[sin u sin u'] = ½cos(w·(x − x')), so the readout part is
 * (A²κ_a/2) Σ_w p(w) cos(w·r), κ_a = 1 (standard) or σ_a² (NTK); training the phases b as well adds
 * A² E[(s_a a)²] ½ Σ_w p(w) cos(w·r), i.e. κ = κ_a + σ_a². By Poisson summation the normalised periodic Gaussian of
 * width σ (the periodisation of (2.27), ∫_{T^d} = 1) is G_σ(r) = (2π)^{−d} Σ_{w∈Z^d} e^{−σ²|w|²/2} cos(w·r), so
 * Θ̄ = G_σ exactly when A²κ/2 = Z/(2π)^d, i.e. A² = 2Z/((2π)^d κ) ({@link #amplitude()}); for the paper's set-up
 * (readout, σ_a = 1) that is A² = 2Z/(2π)^d. As σ → 0, Z → (2π)^{d/2}/σ^d and A² → 2/(2πσ²)^{d/2}: the Euclidean
 * normalisation of the corrected eq. (2.36), A² = 2(σ_w²/(2πd))^{d/2} with σ = √d/σ_w.
 *
 * <p>Trained layers: {@link TrainedLayers#LAST} trains a (eq. (2.33)); {@link TrainedLayers#ALL} trains a and the
 * phases b. The frequencies stay frozen in both: they are discrete, and a continuous update of w would break
 * periodicity (∂φ/∂w_l ∝ x_l is not a function on the torus).
 *
 * @param inputDimension   d, 1..9
 * @param width            N ≥ 1
 * @param sigma            kernel width σ &gt; 0 (coordinate units of T^d)
 * @param sigmaA           σ_a &gt; 0
 * @param parameterisation standard or NTK (a = σ_a â)
 * @param trained          readout only, or readout and phases
 */
public record TorusCosineArchitecture(int inputDimension, int width, double sigma, double sigmaA,
                                      Parameterisation parameterisation, TrainedLayers trained)
        implements Architecture {

    /** Frequencies with e^{−σ²m²/2} below e^{−TAIL} (about 10^{−17}) are never drawn. */
    private static final double TAIL = 39.0;

    public TorusCosineArchitecture {
        Inputs.requireRange("inputDimension", inputDimension, 1, 9);
        Inputs.requireRange("width", width, 1, 1 << 24);
        Inputs.requirePositive("sigma", sigma);
        if (reach(sigma) > 1 << 20) {
            throw new IllegalArgumentException("sigma must be >= " + Math.sqrt(2 * TAIL) / (1 << 20)
                    + " (frequencies up to 2^20), got " + sigma);
        }
        Inputs.requirePositive("sigmaA", sigmaA);
        Objects.requireNonNull(parameterisation, "parameterisation");
        Objects.requireNonNull(trained, "trained");
    }

    /** NTK parameterisation, σ_a = 1, readout trained: the set-up of the paper's local-flow argument on T^d. */
    public static TorusCosineArchitecture normalised(int inputDimension, int width, double sigma) {
        return new TorusCosineArchitecture(inputDimension, width, sigma, 1.0, Parameterisation.NTK,
                TrainedLayers.LAST);
    }

    /** The largest |w_a| drawn for width σ. */
    private static int reach(double sigma) {
        return (int) Math.ceil(Math.sqrt(2 * TAIL) / sigma);
    }

    /** The largest frequency component |w_a| that can be drawn. */
    public int maxFrequency() {
        return reach(sigma);
    }

    /** The one-axis weights e^{−σ²m²/2} for m = −reach..reach. */
    private double[] axisWeights() {
        int r = maxFrequency();
        double[] weights = new double[2 * r + 1];
        for (int m = -r; m <= r; m++) {
            weights[m + r] = Math.exp(-0.5 * sigma * sigma * m * m);
        }
        return weights;
    }

    /** z = Σ_{m∈Z} e^{−σ²m²/2} (so Z = z^d), summed from the smallest terms up. */
    public double axisSum() {
        double[] w = axisWeights();
        int r = maxFrequency();
        double s = 0;
        for (int m = r; m >= 1; m--) {
            s += w[r + m];
        }
        return 1 + 2 * s;
    }

    /** κ: the frozen kernel is (A²κ/2) Σ_w p(w) cos(w·r) (see the class comment). */
    public double kernelFactor() {
        double readout = parameterisation == Parameterisation.NTK ? sigmaA * sigmaA : 1.0;
        return trained == TrainedLayers.ALL ? readout + sigmaA * sigmaA : readout;
    }

    /** A = √(2Z/((2π)^d κ)): normalises the frozen kernel to the periodic Gaussian G_σ. */
    public double amplitude() {
        return Math.sqrt(2 * Math.pow(axisSum() / (2 * Math.PI), inputDimension) / kernelFactor());
    }

    @Override
    public TorusCosineArchitecture withWidth(int newWidth) {
        return new TorusCosineArchitecture(inputDimension, newWidth, sigma, sigmaA, parameterisation, trained);
    }

    /** A copy with other trained layers. */
    public TorusCosineArchitecture withTrained(TrainedLayers newTrained) {
        return new TorusCosineArchitecture(inputDimension, width, sigma, sigmaA, parameterisation, newTrained);
    }

    /**
     * Draws w (N×d integers, row-major), then b (N), then a (outputs×N) from {@code rng}. Trainable parameters: a, then
     * (all layers) b; see {@link RidgeNetwork}.
     */
    @Override
    public Network initialise(int outputs, RandomGenerator rng) {
        Draws.requireOutputs(outputs);
        Draws.requireRng(rng);
        int r = maxFrequency();
        int[] idx = RandomDataGenerator.of(rng).nextSampleWithReplacement(width * inputDimension, axisWeights());
        double[] w = new double[idx.length];
        for (int i = 0; i < idx.length; i++) {
            w[i] = idx[i] - r;
        }
        double[] b = Draws.uniformPi(rng, width);
        boolean standard = parameterisation == Parameterisation.STANDARD;
        double[] a = Draws.gaussian(rng, outputs * width, standard ? sigmaA : 1.0);
        return new RidgeNetwork(inputDimension, outputs, Activation.COSINE, trained, false, amplitude(),
                standard ? 1.0 : sigmaA, 1.0, 1.0, a, w, b);
    }
}
